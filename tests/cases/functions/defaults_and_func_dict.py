# Positional defaults filled in by calls with fewer arguments, defaults
# replaced after definition, errors for missing arguments; a function's
# __dict__ (created on first use), names shared with the code object.


def f(a, b=2, c=[]):
    c.append(a)
    return a, b, len(c)


print(f(1), f(1, 5), f(1, 5, []), f(7))
f.__defaults__ = (10, ["x"])
print(f(1), f(2))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)


def g(a, b, c=3):
    return a + b + c


try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
print(g(1, 2), [g(i, i) for i in range(3)])


def closure(k):
    def inner(x, y=k, *, z=0):
        return x + y + z
    return inner


h = closure(5)
print(h(1), h(1, 1), h(1, z=10))
print(f.__dict__, vars(g), "attr" in dir(g))
g.attr = 42
print(g.attr, g.__dict__, vars(g))
del g.attr
try:
    g.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    del g.attr
except AttributeError as e:
    print("AttributeError:", e)
g.__dict__ = {"q": 1}
print(g.q, g.__dict__)
try:
    g.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
print(f.__name__, f.__qualname__, h.__qualname__, f.__name__ is f.__code__.co_name)
f.__name__ = "renamed"
print(f.__name__, f.__code__.co_name, closure(1).__name__ is closure(2).__name__)
lam = lambda *a: a
print(lam.__name__, lam(), lam.__dict__)
