# *args and **kwargs collection
def f(*args, **kwargs):
    return type(args).__name__, args, type(kwargs).__name__, kwargs
print(f())
print(f(1, 2, x=3))
def g(a, *rest, **opts):
    return a, rest, opts
print(g(1), g(1, 2, 3), g(a=1, b=2))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
kw = {'x': 1}
def mut(**k):
    k['y'] = 2
    return k
print(mut(**kw), kw)
args = [1, 2]
def mod(*a):
    return a
print(mod(*args) == tuple(args), mod(*args) is args)
def both(a, b, *args, c, **kw):
    return a, b, args, c, kw
print(both(*range(4), c=5, **{'d': 6}))
print(f(*'ab', **dict(q=1)))
