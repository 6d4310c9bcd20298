# `local.attr`, `local.method()` and `local, GLOBAL` loads, which the VM fuses with the
# LOAD_FAST before them when their caches hold: changing classes, instances and globals
# under a warm loop, errors in either half, and unbound locals.
class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


class Q(P):
    def get(self):
        return -self.x


LIMIT = 3


def run(objs):
    out = []
    for o in objs:
        out.append((o.x, o.get(), isinstance(o, Q), o.x > LIMIT))
    return out


objs = [P(i) for i in range(6)] + [Q(i) for i in range(6)]
print(run(objs))
print(run(objs))
P.get = lambda self: self.x * 100
LIMIT = 1
print(run(objs))
objs[2].x = "changed"
objs[3].get = lambda: "instance attr"
try:
    print(run(objs))
except TypeError as e:
    print("TypeError:", e)
del objs[2].x
try:
    run(objs)
except AttributeError as e:
    print("AttributeError:", e)


def unbound(flag):
    if flag:
        o = P(1)
    return o.x


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def no_global(v):
    return isinstance(v, NOT_YET)


for i in range(3):
    try:
        no_global(1)
    except NameError as e:
        print("NameError:", e)
NOT_YET = int
print([no_global(i) for i in range(3)], no_global("s"))


class S:
    __slots__ = ("a",)


s = S()
for i in range(4):
    try:
        print(s.a)
    except AttributeError as e:
        print("AttributeError:", e)
    s.a = i
