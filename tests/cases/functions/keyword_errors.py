# unexpected and duplicate keyword arguments
def f(a, b=2): pass
def p(a, /, b): pass
def star(*args): pass
calls = [
    lambda: f(1, c=3),
    lambda: f(1, a=1),
    lambda: f(b=1, a=2, zz=3),
    lambda: p(a=1, b=2),
    lambda: p(1, 2, a=3),
    lambda: star(x=1),
    lambda: f(1, **{'b': 2, 'q': 3}),
    lambda: f(1, **{1: 2}),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
def ok(a, /, **kw):
    return a, kw
print(ok(1, a=2))
