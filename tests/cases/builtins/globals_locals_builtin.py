# globals() and locals()
g = globals()
g['created_via_globals'] = 'yes'
print(created_via_globals)
print(g['__name__'], '__builtins__' in g, 'g' in g)
def f(a):
    b = 2
    l = locals()
    return sorted(l.items())
print(f(1))
def nested():
    x = 1
    def inner():
        return x, sorted(locals())
    return inner()
print(nested())
class K:
    y = 1
    names = sorted(k for k in locals().keys() if not k.startswith('__'))
print(K.names)
print(locals() is globals())
print(sorted(k for k in globals() if k.startswith('__') and k.endswith('__') and k != '__builtins__'))
