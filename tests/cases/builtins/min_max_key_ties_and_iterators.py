# min/max return the first of equal items; they consume iterators
data = [('a', 2), ('b', 3), ('c', 3), ('d', 1), ('e', 1)]
print(max(data, key=lambda t: t[1]), min(data, key=lambda t: t[1]))
print(max([1, 1.0, True]), min([1.0, 1, True]), max([0, False, 0.0]))
it = iter([5, 2, 8])
print(max(it), list(it))
print(max('apple', 'pear', key=len), min('apple', 'pear', 'fig', key=len))
print(max([[1, 2], [1, 2, 0]]), min([(2, 'a'), (1, 'z')]), max(range(3), default=None))
print(max({3: 'x', 7: 'y'}), max({3: 'x', 7: 'a'}.items(), key=lambda kv: kv[1]))
print(max(x * x for x in range(-5, 3)), min((abs(x), x) for x in [-3, 3, -1, 2]))
