# dict comprehensions and common idioms
words = ['apple', 'bob', 'cat', 'apple', 'dog', 'bob']
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print({w: len(w) for w in words})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
print(dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))
print(max(counts, key=counts.get), sorted(counts, key=counts.get))
nested = {'a': {'x': 1}, 'b': {'y': 2}}
print({k + k2: v2 for k, v in nested.items() for k2, v2 in v.items()})
print({i: i for i in range(3)} == dict.fromkeys(range(3)) or 'different')
