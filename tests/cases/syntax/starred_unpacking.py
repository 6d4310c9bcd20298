# star and double-star in displays and calls
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 0), {*a, *b}, [*'hi', *range(2)])
d1 = {'x': 1}
d2 = {'y': 2, 'x': 9}
print({**d1, **d2}, {**d2, 'x': 0}, {'x': 0, **d2})
def f(*args, **kw):
    return args, kw
print(f(*a, *b, 5))
print(f(**d1, z=3))
print(f(*a, **d2))
try:
    f(**d1, **{'x': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
print(*[1, 2, 3], sep='-')
x, = [7]
print(x)
print(*(), 'empty star')
first, *_ = 'xyz'
print(first, _)
