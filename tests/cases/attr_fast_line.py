# Attribute reads and writes at one site, after the site has learnt a fast path, when the
# class changes, the instance's storage changes or other types go through.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


ps = [P(i, -i) for i in range(5)]
print([read_x(p) for p in ps])
for p in ps:
    write_x(p, p.x * 10)
print([read_x(p) for p in ps])

# A data descriptor added to the class after the site learnt it takes precedence.
P.x = property(lambda self: "prop", lambda self, v: print("setter", v))
print(read_x(ps[0]))
write_x(ps[0], 99)
del P.x
print(read_x(ps[0]), ps[0].__dict__)

# The instance dict materialised: the site still sees its values.
q = P(1, 2)
read_x(q)
d = q.__dict__
d["x"] = "via dict"
print(read_x(q))
write_x(q, "written")
print(d["x"], read_x(q))

# A deleted attribute raises the usual AttributeError.
r = P(3, 4)
print(read_x(r))
del r.x
try:
    read_x(r)
except AttributeError as e:
    print("AttributeError:", e)
write_x(r, 5)
print(read_x(r), vars(r))


# __class__ assignment to a class whose layout differs.
class Q:
    def __init__(self):
        self.y = "qy"
        self.x = "qx"


s = P(7, 8)
print(read_x(s))
s.__class__ = Q
print(read_x(s), s.y)
write_x(s, "new")
print(read_x(s), type(s).__name__)

# Several types through one site, some with slots.


class S:
    __slots__ = ("x",)

    def __init__(self):
        self.x = "slot"


class G:
    def __getattr__(self, name):
        return "getattr " + name


objs = [P(1, 1), S(), G(), Q(), P(2, 2), S()]
print([read_x(o) for o in objs])
for o in objs:
    write_x(o, type(o).__name__)
print([read_x(o) for o in objs])

# A subclass that shadows the attribute with a class-level property.


class R(P):
    @property
    def x(self):
        return "R.x"

    @x.setter
    def x(self, v):
        print("R setter", v)


t = R(1, 2)
print(read_x(t))
write_x(t, 3)
print(read_x(P(4, 5)), read_x(t))

# Changing a base class invalidates what was learnt for the subclass.


class Base:
    pass


class Child(Base):
    def __init__(self):
        self.x = "own"


c = Child()
print(read_x(c))
Base.x = property(lambda self: "base property")
print(read_x(c))
