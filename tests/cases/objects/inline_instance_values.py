# Instance attributes: stored inline per class key order until a dict is needed; every
# observable (order, __dict__ identity, deletion, vars, __class__ assignment) as CPython.
import copy, gc


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = P(1, 2)
b = P(3, 4)
b.z = 5
c = P(6, 7)
print(vars(a), vars(b), vars(c))
c.w = 8            # out of the class's key order (z came first)
print(vars(c), c.w, c.x)
d = P(0, 0)
d.z = 1
d.w = 2
print(d.__dict__)
d.y = 9
print(d.__dict__, d.y)
del d.x
print(d.__dict__)
try:
    del d.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    P(1, 2).nope
except AttributeError as e:
    print("AttributeError:", e)
e = P(1, 2)
dd = e.__dict__
print(dd is e.__dict__, dd)
e.q = 3
print(dd, e.q)
dd["r"] = 4
print(e.r, vars(e) is dd)


class Q:
    pass


q = Q()
for i in range(40):
    setattr(q, "a%d" % i, i)
print(len(vars(q)), q.a0, q.a39, list(vars(q))[:3])
q2 = Q()
q2.a5 = 5
q2.a0 = 0
print(vars(q2))


class S(str):
    pass


r = Q()
setattr(r, S("name"), 1)
r.other = 2
print(vars(r), r.name)

f = P(1, 2)
f.__class__ = Q
print(type(f).__name__, vars(f), f.x)
g = P(1, 2)
g.__dict__ = {"k": 1}
print(vars(g), hasattr(g, "x"))
h = copy.copy(P(1, 2))
h2 = copy.deepcopy(P([1], {"a": 2}))
print(vars(h), vars(h2))
i = P(1, 2)
print(sorted(map(repr, gc.get_referents(i))) if False else "skip", gc.is_tracked(i))


class SlotsAndDict:
    __slots__ = ("s", "__dict__")

    def __init__(self):
        self.s = 1
        self.t = 2


sd = SlotsAndDict()
print(sd.s, sd.t, vars(sd))


class Cyc:
    def __init__(self):
        self.me = self


for _ in range(3):
    Cyc()
print(gc.collect() >= 0)


class Base:
    def __init__(self):
        self.a = 1


class Derived(Base):
    def __init__(self):
        super().__init__()
        self.b = 2


print(vars(Derived()), vars(Base()))
x = P(1, 2)
x.x = 10
x.y = 20
print(x.x + x.y, x.__dict__)
print(dir(P(1, 2))[-2:])
z = P(1, 2)
del z.y
z.y = 3
print(vars(z))
