# keys/values/items views are live and set-like
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d['d'] = 4
print(len(k), list(v), ('d', 4) in i, 'd' in k, 4 in v)
print(k & {'a', 'z'}, k | {'z'}, k - {'a'}, k ^ {'a', 'z'})
print(i & {('a', 1), ('b', 0)}, sorted(i - {('a', 1)}))
print(k == {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c', 'd', 'e'}, k.isdisjoint({'x'}))
print(v == v, list(reversed(k)), type(k).__name__, type(v).__name__, type(i).__name__)
try:
    k[0]
except TypeError as e:
    print(e)
try:
    v | {1}
except TypeError as e:
    print(e)
print(k.mapping if hasattr(k, 'mapping') else None)
print(sorted(d.keys() - ['a']), {}.keys(), {}.items())
