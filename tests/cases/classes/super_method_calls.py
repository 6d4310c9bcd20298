# super().name(...) for each kind of class attribute, from instances and classes, and super
# subclasses: the method-call path must bind exactly as super's attribute lookup does.
class A:
    def f(self, x):
        return ('A.f', type(self).__name__, x)
    @classmethod
    def c(cls, x):
        return ('A.c', cls.__name__, x)
    @staticmethod
    def s(x):
        return ('A.s', x)
    @property
    def p(self):
        return 'A.p'
    def __repr__(self):
        return 'A-repr'
    g = len
class B(A):
    def f(self, x):
        return super().f(x + 1)
    @classmethod
    def c(cls, x):
        return super().c(x * 2)
    def s2(self):
        return super().s(3), super().p, super().g([1, 2]), super().__repr__()
    def shadow(self):
        self.f = lambda x: 'instance attr'
        return super().f(0)
b = B()
print(b.f(1), B.c(2), b.c(3), b.s2(), b.shadow())
class MySuper(super):
    def __getattribute__(self, name):
        return lambda *a: ('MySuper', name, a)
class C(A):
    def f(self, x):
        return MySuper(C, self).f(x)
print(C().f(5))
print(super(B, b).f(7), super(B, B).f(b, 8))
try:
    super(B, b).missing()
except AttributeError as e:
    print(type(e).__name__, e)
class D(A):
    def f(self, x):
        m = super().f
        return m(x), m.__self__ is self, m.__func__ is A.f
print(D().f(9))
