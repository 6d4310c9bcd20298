# iterating dicts and views in insertion order; reversed and dict()
d = {'c': 3, 'a': 1, 'b': 2}
for k in d:
    print(k, end=' ')
print()
for k, v in d.items():
    print(f'{k}={v}', end=' ')
print()
print(list(d.values()), list(reversed(d.values())), list(reversed(d.keys())))
print(dict(reversed(list(d.items()))), dict(sorted(d.items())))
keys = d.keys()
d['z'] = 26
del d['a']
print(keys, len(keys), list(iter(keys)))
print(next(iter(d.items())), list(zip(d, d.values())))
it = iter(d.values())
print(type(it).__name__, next(it), type(iter(d.items())).__name__, type(reversed(d)).__name__)
