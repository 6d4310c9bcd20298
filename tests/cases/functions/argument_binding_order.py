# how positional, keyword, *args and **kwargs are bound together
def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return dict(a=a, b=b, c=c, args=args, d=d, e=e, kwargs=kwargs)
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6))
print(f(1, c=30, d=40, z=50))
print(f(1, 2, 3, d=4, e=None, b=99))
print(f(*[1, 2, 3, 4], **{'d': 0, 'extra': 1}))
for call in [lambda: f(d=1), lambda: f(1, 2), lambda: f(1, c=1, d=1, c2=1, **{'c': 2})]:
    try:
        print(call())
    except TypeError as e:
        print(e)
