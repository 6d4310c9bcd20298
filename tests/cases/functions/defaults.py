# default argument values
def f(a, b=2, c=[]):
    c.append(a)
    return a, b, c
print(f(1))
print(f(2, 3))
print(f(3, c=[]))
print(f(4))
print(f.__defaults__[0], len(f.__defaults__))
def g(a=None):
    if a is None:
        a = []
    a.append(1)
    return a
print(g(), g())
f.__defaults__ = (100, ['fresh'])
print(f(0))
def h(x, y=10, *, z=20):
    return x + y + z
print(h(1), h(1, 2), h(1, z=0), h.__kwdefaults__)
h.__kwdefaults__ = {'z': -1}
print(h(1))
def no_defaults(a): pass
print(no_defaults.__defaults__, no_defaults.__kwdefaults__)
