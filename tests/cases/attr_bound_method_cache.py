# Reading a method without calling it (a bound method is made each time), at a site that
# has learnt the method, when the instance or the class changes.


class A:
    def m(self):
        return "A.m", type(self).__name__

    def other(self):
        return "other"


def get_m(o):
    return o.m


a = A()
b1 = get_m(a)
b2 = get_m(a)
print(b1(), b1 == b2, b1 is b2, b1.__self__ is a, b1.__func__ is A.m)

# An instance attribute shadows the method (non-data descriptor).
a.m = lambda: "instance"
print(get_m(a)())
del a.m
print(get_m(a)())

# The class method replaced.
A.m = A.other
print(get_m(a)())
A.m = staticmethod(lambda: "static")
print(get_m(a)())
A.m = 5
print(get_m(a))
del A.m
try:
    get_m(a)
except AttributeError as e:
    print("AttributeError:", e)


# Subclasses and several types at one site.
class B(A):
    def m(self):
        return "B.m"


class C(A):
    pass


A.m = lambda self: "A.m again"
for o in [A(), B(), C(), B(), A()]:
    print(get_m(o)())


# A class with __getattribute__ never takes the cached binding.
class D:
    def m(self):
        return "D.m"

    def __getattribute__(self, name):
        if name == "m":
            return lambda: "intercepted"
        return object.__getattribute__(self, name)


d = D()
print(get_m(d)(), get_m(d)())


# Properties and __getattr__ at one site, repeatedly.
class E:
    def __init__(self):
        self.count = 0

    @property
    def m(self):
        self.count += 1
        return lambda: "property %d" % self.count


class F:
    def __getattr__(self, name):
        return lambda: "getattr " + name


e = E()
for o in [e, e, F(), e]:
    print(get_m(o)())
print(e.count)
