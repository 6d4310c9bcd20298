# dict methods
d = {'a': 1, 'b': 2}
print(d.setdefault('a', 100), d.setdefault('c', 3), d.setdefault('d'), d)
print(d.pop('d'), d.pop('zz', 'default'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
d.update({'b': 20, 'e': 5})
d.update([('f', 6)])
d.update(g=7)
print(d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'])
print(d.popitem(), len(d))
d.clear()
print(d, d.popitem if False else 'cleared')
m = {'x': 1} | {'y': 2, 'x': 0}
print(m)
m |= {'z': 3}
print(m)
try:
    {} | [('a', 1)]
except TypeError as e:
    print(e)
try:
    d.update(1)
except TypeError as e:
    print(e)
try:
    d.update([1])
except TypeError as e:
    print(e)
print(dict.get({'k': None}, 'k', 'fallback'))
