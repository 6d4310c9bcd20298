# ModuleType: constructor argument errors, deleting missing attributes, read-only __dict__
import types
for args, kw in [((), {}), ((1,), {}), (('a', 'b', 'c'), {}), (('a',), {'x': 1})]:
    try:
        types.ModuleType(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, '|', e)
m = types.ModuleType('m', doc='d')
print(m.__doc__, m.__name__)
for f in [lambda: delattr(m, 'missing'), lambda: setattr(m, '__dict__', {})]:
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, '|', e)
class A:
    xyz = 1
try:
    del A().xy
except AttributeError as e:
    print(e)
