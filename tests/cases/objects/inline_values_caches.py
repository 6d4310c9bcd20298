# Attribute caches over inline instance values: cached positions stay right when instances
# differ in which attributes they set, when a dict is materialized, and when an instance
# attribute later shadows a cached method.
class C:
    def __init__(self, n):
        if n % 2:
            self.a = n
        self.b = n * 10

    def m(self):
        return "method"


def read(objs):
    out = []
    for o in objs:
        out.append(getattr(o, "a", None))
        out.append(o.b)
    return out


objs = [C(i) for i in range(6)]
print(read(objs))
objs[3].__dict__
print(read(objs))
for o in objs:
    o.b = o.b + 1
print([o.b for o in objs])


def call_m(objs):
    return [o.m() for o in objs]


print(call_m(objs))
objs[4].m = lambda: "shadow"
print(call_m(objs))
objs[5].c = 1
objs[5].m = lambda: "late"
print(call_m(objs))
del objs[4].m
print(call_m(objs))


class D:
    pass


def store(o, v):
    o.x = v
    o.y = v + 1
    return o.x + o.y


ds = [D() for _ in range(4)]
print([store(d, i) for i, d in enumerate(ds)])
ds[1].__dict__.clear()
print([store(d, i) for i, d in enumerate(ds)], vars(ds[1]))
ds[2].__class__ = C
print(store(ds[2], 7), vars(ds[2]))
