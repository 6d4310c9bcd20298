# Dict reads and writes decided without calls (exact str keys with cached hashes, inline
# ints) agree with the full protocol: equal keys of other types, subclasses, __missing__,
# keys whose __eq__ runs, and KeyError.
d = {"a": 1, 2: "two", -1: "minus one", 1.5: "float"}
print(d["a"], d[2], d[-1], d[1.5], d.get("a"), d.get("zz"), d.get("zz", 0))
d[True] = "true"
d[1] = "one"
d[1.0] = "one float"
print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)


class S(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        print("S.__eq__", other)
        return str(self) == other


d2 = {S("k"): 1}
print(d2["k"])
d2["k"] = 2
print(d2, d2.get("k"))


class M(dict):
    def __missing__(self, key):
        return "missing " + repr(key)


m = M(a=1)
print(m["a"], m["b"], m[3])


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, K) and other.n == self.n


d3 = {K(1): "k1", 1: "int1"}
print(d3[K(1)], d3[1], len(d3))
big = {i: i * i for i in range(100)}
print(big[99], big.get(50), sum(big[k] for k in range(0, 100, 7)))
words = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    words[w] = words.get(w, 0) + 1
print(words)
