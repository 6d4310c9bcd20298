# The collector's registry (objects leave it as they die) and __slots__ storage: in the
# payload for plain slotted classes, beside the object for slotted subclasses of built-ins
# and slotted classes with a dict.
import gc


class P:
    __slots__ = ("a", "b")


class L(list):
    __slots__ = ("tag",)


class D:
    __slots__ = ("x", "__dict__")


class Q:
    __slots__ = ("a", "b")


p = P()
p.a = 1
print(p.a, hasattr(p, "b"))
try:
    del p.b
except AttributeError as e:
    print("AttributeError", e)
del p.a
print(hasattr(p, "a"))
p.a = p.b = "x"
p.__class__ = Q
print(type(p).__name__, p.a, p.b)

l = L([1, 2])
l.tag = "t"
l.append(3)
print(l, l.tag, gc.is_tracked(l))

d = D()
d.x = 5
d.y = 6
print(d.x, d.y, d.__dict__)

# Cycles through slots and through side-table slots are found and freed.
class N:
    __slots__ = ("other", "__weakref__")


import weakref

gc.collect()
a = N()
b = N()
a.other = b
b.other = a
wa = weakref.ref(a)
del a, b
print("alive before", wa() is not None)
print("collected", gc.collect() >= 2)
print("alive after", wa() is not None)

x = L()
x.tag = x
del x
print("list cycle", gc.collect() >= 1)


# __del__ on a slotted object resurrected by its finaliser keeps its slot values.
saved = []


class R:
    __slots__ = ("v", "me")

    def __del__(self):
        saved.append(self)


r = R()
r.v = "kept"
r.me = r
del r
gc.collect()
print(len(saved), saved[0].v, saved[0].me is saved[0])
saved.clear()

# Many objects dying between collections: counts and tracking stay consistent.
objs = [[i] for i in range(5000)]
print(all(gc.is_tracked(o) for o in objs[:10]))
del objs
gc.collect()
before = len(gc.get_objects())
tmp = [[] for _ in range(100)]
print(len(gc.get_objects()) - before >= 100)
del tmp
print(len(gc.get_objects()) - before < 50)

gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
t = (1, 2)
u = ([],)
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u))
