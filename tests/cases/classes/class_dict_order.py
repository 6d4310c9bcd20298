# The order of a new class's own namespace: the class body's names, then the __dict__ and
# __weakref__ descriptors, then __doc__ when the body did not set one (CPython's type_ready).
class A:
    pass


class B:
    """doc"""
    x = 1


class C:
    __slots__ = ("a", "b")


class D(A):
    y = 2


class E:
    __slots__ = ("__dict__", "c")


class F:
    __slots__ = ("__weakref__",)


class G(Exception):
    pass


for k in (A, B, C, D, E, F, G):
    print(k.__name__, list(k.__dict__))
print(A.__doc__, B.__doc__, C.__doc__)
