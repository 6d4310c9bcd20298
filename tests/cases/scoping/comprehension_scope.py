# comprehension variables do not leak; the first iterable is evaluated outside
x = 'outer'
lst = [x for x in range(3)]
print(x, lst)
print({x for x in 'ab'}, x)
print({x: 1 for x in 'c'}, x)
g = (x for x in [1])
print(list(g), x)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
def g2():
    items = [[1, 2], [3]]
    return [v for items in items for v in items]
print(g2())
class C:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
print(C.doubled)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
print([[i, j] for i in range(2) for j in range(i, 2)])
try:
    print([z for z in range(2) if undefined_q])
except NameError as e:
    print(e)
e = [(yield_ := n) for n in range(2)]
print(e, yield_)
