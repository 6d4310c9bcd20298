# positional-only parameters
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2))
def h(a=1, /, b=2):
    return a, b
print(h(), h(5), h(5, 6), h(b=7))
print(f.__code__.co_posonlyargcount)
try:
    len(obj=[1])
except TypeError as e:
    print(e)
try:
    divmod(a=1, b=2)
except TypeError as e:
    print(e)
print(sorted([3, 1], reverse=True))
try:
    sorted(iterable=[1])
except TypeError as e:
    print(e)
