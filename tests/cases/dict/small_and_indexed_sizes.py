# Dicts around the size where kaa switches from a linear scan to a hash index: growing,
# deleting, re-inserting, popitem, clear, colliding hashes, and order throughout.


class K:
    """Keys whose hashes all collide, with equality by value."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return f"K({self.v})"


for n in range(0, 20):
    d = {}
    for i in range(n):
        d[f"k{i}"] = i
    assert len(d) == n
    assert all(d[f"k{i}"] == i for i in range(n))
    assert "missing" not in d
    for i in range(0, n, 2):
        del d[f"k{i}"]
    assert all((f"k{i}" in d) == (i % 2 == 1) for i in range(n))
    for i in range(0, n, 3):
        d[f"k{i}"] = -i
    print(n, list(d.items())[:6], len(d))

d = {i: i * i for i in range(12)}
while d:
    k, v = d.popitem()
    assert k * k == v
    d2 = dict(d)
    assert d2 == d
print("popitem ok", d)

d = {K(i): i for i in range(10)}
print(d[K(3)], d[K(9)], K(10) in d)
del d[K(0)]
d[K(0)] = "again"
print(list(d.values()))
d.clear()
d[K(1)] = 1
print(d, d.get(K(2), "none"))

# Mixed key types with equal hashes: 1, 1.0 and True are the same key.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
for i in range(2, 12):
    d[i] = i
d[1.0] = "float again"
print(d[1], len(d), list(d)[:3])

# Many deletions then growth (compaction keeps insertion order).
d = {}
for i in range(40):
    d[i] = i
for i in range(35):
    del d[i]
for i in range(100, 104):
    d[i] = i
print(list(d))
for k in list(d):
    del d[k]
print(d, len(d))
d.update(a=1, b=2)
print(d)
