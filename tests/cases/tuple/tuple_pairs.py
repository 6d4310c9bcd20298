# Two-item tuples (held inside the tuple object) behave as every other tuple: built by
# displays, returns, constructors, slices and concatenation; hashed, compared, unpacked,
# subclassed, tracked by the collector when they can be in a cycle.
import gc


def two():
    return 1, "b"


t = two()
u = tuple([1, "b"])
print(t, u, t == u, t is u, hash(t) == hash(u), len(t), t[0], t[-1], t[1:], t[:1], t[::-1])
print(t + (3,), (0,) + t, t * 2, t + (), () + t is not None, t.index("b"), t.count(1))
print(divmod(17, 5), divmod(-7.5, 2), list(enumerate("ab")), list(zip("ab", "cd")), list({1: 2, 3: 4}.items()))
a, b = t
print(a, b, [x for x in t], "b" in t, 3 in t, t < (1, "c"), t > (0, "z"), max(t, key=str), sorted([(2, 1), (1, 2), (1, 1)]))
d = {t: "pair", (1, 2, 3): "triple"}
print(d[(1, "b")], d[(1, 2, 3)], {(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})


class P(tuple):
    def swap(self):
        return P((self[1], self[0]))


p = P((3, 4))
print(p, p.swap(), type(p.swap()).__name__, p == (3, 4), isinstance(p, tuple))
e = []
cyc = (e, 1)
e.append(cyc)
atoms = (1, "x")
gc.collect()
print(gc.is_tracked(cyc), gc.is_tracked(atoms), gc.is_tracked(((), ())))
del e, cyc
print(gc.collect() >= 2)
nested = ((1, 2), (3, (4, 5)))
print(nested, nested[1][1][0], repr((None, None)), str(("a", 1.5)))
x, y = divmod(7, 2)
print(x, y, tuple(range(2)), tuple("ab"), tuple(iter([7, 8])))
print(f"{t!r:>20}", "%s-%s" % t, "{}:{}".format(*t))
