# function defaults, closures and __code__ introspection
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def f(a, b=[]):
    b.append(a)
    return b
print(f(1), f(2), f.__defaults__)
f.__defaults__ = ([],)
print(f(3))
def g(x, *, y=1):
    return x + y
print(g.__code__.co_argcount, g.__code__.co_kwonlyargcount, g.__kwdefaults__, g.__defaults__)
def h(*args, **kwargs): pass
print(h.__code__.co_flags & 0x4 != 0, h.__code__.co_flags & 0x8 != 0, h.__code__.co_varnames)
print(g.__code__.co_name, g.__code__.co_firstlineno > 0, type(g.__code__).__name__)
