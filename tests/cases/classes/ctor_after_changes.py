# Instantiation follows __new__/__init__ as they are now: defined, replaced, deleted or
# inherited after instances were already made, and object's argument checks.


class A:
    pass


print(type(A()).__name__)
try:
    A(1)
except TypeError as e:
    print(e)


def init(self, x):
    self.x = x


A.__init__ = init
print(A(5).x)
try:
    A()
except TypeError as e:
    print(e)
del A.__init__
try:
    A(1)
except TypeError as e:
    print(e)


class B(A):
    pass


print(type(B()).__name__)
A.__init__ = lambda self, *a: setattr(self, "args", a)
print(B(1, 2).args)


def new(cls, *a):
    print("new", cls.__name__, a)
    return object.__new__(cls)


A.__new__ = new
b = B(3)
print(b.args)
del A.__new__
del A.__init__
try:
    B(1)
except TypeError as e:
    print(e)


class OnlyNew:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.v = v
        return o


print(OnlyNew(9).v)


class OnlyInit:
    def __init__(self, v):
        self.v = v


print(OnlyInit(v=4).v)


class Other:
    def __new__(cls):
        return 42


print(Other())


class Sub(OnlyInit):
    def __new__(cls, *a, **k):
        return OnlyInit.__new__(OnlyInit)


print(type(Sub(1)).__name__, hasattr(Sub(1), "v"))


class BadInit:
    def __init__(self):
        return 1


try:
    BadInit()
except TypeError as e:
    print(e)
try:
    object.__new__(A, 1)
except TypeError as e:
    print(e)
