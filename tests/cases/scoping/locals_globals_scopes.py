# locals() and globals() in different scopes
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g():
    x = 1
    loc = locals()
    loc['x'] = 99
    return x
print(g())
class C:
    p = 1
    q = sorted(k for k in locals() if not k.startswith('__'))
print(C.q)
print(globals() is globals(), locals() is globals())
def outer():
    v = 'cell'
    def inner():
        return sorted(locals())
    w = v
    return inner()
print(outer())
def with_free():
    z = 1
    def inner():
        z
        return locals()
    return inner()
print(with_free())
print('f' in globals(), globals()['__name__'])
