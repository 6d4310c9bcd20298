# A module's missing attribute names the module; object.__getattribute__ on a module names
# the type, as CPython's generic lookup does.
import types, sys
m = types.ModuleType('mymod')
for get in (lambda: m.nope, lambda: object.__getattribute__(m, 'nope'), lambda: getattr(m, 'nope')):
    try:
        get()
    except AttributeError as e:
        print(e, e.name, e.obj is m)
class Sub(types.ModuleType):
    pass
s = Sub('submod')
for get in (lambda: s.nope, lambda: object.__getattribute__(s, 'nope'), lambda: types.ModuleType.__getattribute__(s, 'nope')):
    try:
        get()
    except AttributeError as e:
        print(e)
m.__getattr__ = lambda name: 'fallback:' + name
print(m.anything)
try:
    object.__getattribute__(m, 'anything')
except AttributeError as e:
    print(e)
class P(types.ModuleType):
    @property
    def broken(self):
        raise AttributeError('inner message')
p = P('pmod')
try:
    p.broken
except AttributeError as e:
    print(e)
