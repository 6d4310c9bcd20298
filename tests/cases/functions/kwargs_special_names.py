# keyword argument names that look special
def f(**kw):
    return sorted(kw.items())
print(f(self=1, cls=2, kw=3))
class C:
    def m(self, **kw):
        return kw
print(C().m(self_=1, other=2))
try:
    C().m(self=1)
except TypeError as e:
    print(e)
def g(a, **kw):
    return a, kw
print(g(1, **{'not an identifier': 2, '1x': 3}))
try:
    g(**{'a': 1, 'b': 2}, a=3)
except TypeError as e:
    print(e)
print(dict(**{'x': 1}, y=2))
print(f(**{'é': 1}))
