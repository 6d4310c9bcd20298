# __missing__ in dict subclasses
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'mississippi':
    c[ch] += 1
print(c, c['z'], 'z' in c, c.get('z'))
class AutoList(dict):
    def __missing__(self, key):
        value = self[key] = []
        return value
al = AutoList()
al['x'].append(1)
al['x'].append(2)
print(al)
class Raising(dict):
    def __missing__(self, key):
        raise KeyError(f'no {key}')
try:
    Raising()['k']
except KeyError as e:
    print(e)
class Upper(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
u = Upper(A=1)
print(u['a'], u.get('a'), dict(u))
class Repr(dict):
    def __repr__(self):
        return 'Repr' + super().__repr__()
print(Repr(a=1), [Repr()])
