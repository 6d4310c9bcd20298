# Attribute reads, writes and method calls repeated at one call site (where kaa caches what
# the type said) must see every change: class attributes replaced, methods shadowed by the
# instance dict, __class__ reassigned, __getattribute__/__setattr__/descriptors added later,
# and a base class modified.


class A:
    limit = 10

    def m(self):
        return 'A.m'


class B(A):
    pass


def read(o):
    return o.limit


def call(o):
    return o.m()


def store(o, v):
    o.x = v


def read_x(o):
    return o.x


b = B()
out = []
for step in range(8):
    if step == 1:
        A.limit = 20            # base class changed
    if step == 2:
        b.limit = 'own'         # instance dict shadows the class value
    if step == 3:
        del b.limit
        B.m = lambda self: 'B.m'   # subclass method added
    if step == 4:
        b.m = lambda: 'instance m'  # shadowed by the instance dict
    if step == 5:
        del b.m

        class C(B):
            def m(self):
                return 'C.m'
        b.__class__ = C
    if step == 6:
        A.__getattribute__ = lambda self, n: (lambda: 'ga:m') if n == 'm' else 'ga:' + n
    if step == 7:
        del A.__getattribute__
        A.limit = property(lambda self: 'prop')
    out.append((step, read(b), call(b)))
for row in out:
    print(row)

log = []


class S:
    pass


s = S()
for step in range(5):
    if step == 2:
        S.__setattr__ = lambda self, n, v: log.append((n, v))
    if step == 3:
        del S.__setattr__
        S.x = property(lambda self: 'px', lambda self, v: log.append(('prop', v)))
    if step == 4:
        del S.x
    store(s, step)
    print(step, read_x(s) if step != 2 else '-', vars(s), log)


class Slotted:
    __slots__ = ('x',)


t = Slotted()
for i in range(3):
    store(t, i)
    print(read_x(t))
try:
    store(Slotted.__new__(Slotted), 1)
    read_x(object())
except AttributeError as e:
    print(type(e).__name__, e)

# modules and types at the same site
import math
for o in (math, A, b):
    try:
        r = read(o)
        print(type(o).__name__, r if isinstance(r, str) else type(r).__name__)
    except AttributeError as e:
        print(type(e).__name__, e)
