# keyword-only parameters
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=4, b=5))
def g(*args, key, **rest):
    return args, key, rest
print(g(1, 2, key='k', other=0))
def h(*, only):
    return only
print(h(only='yes'))
try:
    h('no')
except TypeError as e:
    print(e)
try:
    f(1, 2)
except TypeError as e:
    print(e)
print(f.__code__.co_kwonlyargcount, f.__code__.co_argcount)
def many(*, a, b, c): pass
try:
    many(b=1)
except TypeError as e:
    print(e)
