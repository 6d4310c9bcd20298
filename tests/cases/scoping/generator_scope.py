# generator expressions evaluate the first iterable eagerly
def src():
    print('src called')
    return [1, 2]
g = (x * 2 for x in src())
print('created')
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
g2 = (y for y in range(3) if undefined_name)
try:
    next(g2)
except NameError as e:
    print(e)
def make():
    n = 10
    return (n + i for i in range(2))
print(list(make()))
lazy = [1]
ge = (a + b for a in lazy for b in lazy)
lazy.append(2)
print(list(ge))
