# frozenset: hashable, immutable, usable as dict keys and set members
fs = frozenset([3, 1, 2])
print(fs, len(fs), 2 in fs, sorted(fs), hash(fs) == hash(frozenset([1, 2, 3])))
d = {fs: 'value', frozenset(): 'empty'}
print(d[frozenset({1, 2, 3})], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
print(fs | {4}, fs & {1, 9}, fs - {1}, fs ^ {1, 4}, type(fs | {4}).__name__)
print(fs.union([5]), fs.intersection('abc'), fs.issubset(range(5)), fs.isdisjoint({7}))
for name in ['add', 'remove', 'discard', 'pop', 'clear', 'update']:
    print(name, hasattr(fs, name))
print(frozenset('aab'), frozenset(range(3)) == {0, 1, 2}, set(fs) == fs)
