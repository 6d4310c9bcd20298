class C:
    a = 1

    def m(self):
        pass


d = C.__dict__
print(type(d).__name__, d['a'], 'm' in d, len([k for k in d if not k.startswith('__')]))
try:
    d['a'] = 2
except TypeError as e:
    print(type(e).__name__, '|', e)
try:
    del d['a']
except TypeError as e:
    print(type(e).__name__, '|', e)
try:
    d.clear()
except AttributeError as e:
    print(type(e).__name__, '|', e)

# setattr on the class is reflected in the live proxy
C.b = 2
print(d['b'], 'b' in d)
print(sorted(k for k in d.keys() if not k.startswith('__')))
print(d.get('zzz', 'missing'), dict(d)['a'])
print(d.copy()['a'], type(d.copy()).__name__)

# vars() returns the same kind of proxy
print(type(vars(C)).__name__, vars(C)['a'])

# builtin types cannot be modified
for target, name in [(int, 'x'), (object, 'y'), (str, 'upper')]:
    try:
        setattr(target, name, 1)
    except TypeError as e:
        print(type(e).__name__, '|', e)
try:
    del int.real
except TypeError as e:
    print(type(e).__name__, '|', e)

# the proxy type can wrap any mapping
import types
mp = types.MappingProxyType({'k': 'v'})
print(mp, mp['k'], list(mp.items()))
try:
    mp['k'] = 'w'
except TypeError as e:
    print(type(e).__name__, '|', e)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print(type(e).__name__, '|', e)
print(mp == {'k': 'v'}, mp | {'z': 1}, type(mp | {'z': 1}).__name__)

# the instance __dict__ is a real dict and writable
obj = C()
obj.__dict__['x'] = 10
print(obj.x, type(obj.__dict__).__name__)
obj.__dict__ = {'y': 20}
print(obj.y, hasattr(obj, 'x'))
try:
    obj.__dict__ = []
except TypeError as e:
    print(type(e).__name__, '|', e)
import types
p = types.MappingProxyType({'a': 1, 'b': 2})
print(p, str(p), list(reversed(p)), p == {'a': 1, 'b': 2}, {'z': 0} | p, p | {'c': 3}, p | types.MappingProxyType({'d': 4}))
