# the __class__ cell and zero-argument super()
class Base:
    def who(self):
        return 'Base'
class Child(Base):
    def who(self):
        return 'Child>' + super().who()
    def cls(self):
        return __class__.__name__
print(Child().who(), Child().cls())
class GrandChild(Child):
    pass
print(GrandChild().cls(), GrandChild().who())
class A:
    def f(self):
        def inner():
            return __class__
        return inner()
print(A().f() is A)
def outside():
    try:
        super().x
    except RuntimeError as e:
        print(type(e).__name__, e)
outside()
class S:
    def m(self):
        return 'S'
class T(S):
    def m(self):
        return [super().m() for _ in range(1)]
try:
    print(T().m())
except Exception as e:
    print(type(e).__name__, e)
class U(S):
    def m(self):
        f = lambda: super(U, self).m()
        return f()
print(U().m())
