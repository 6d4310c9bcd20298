# C3 linearization and cooperative super()
class Base:
    def who(self):
        return ['Base']
class Left(Base):
    def who(self):
        return ['Left'] + super().who()
class Right(Base):
    def who(self):
        return ['Right'] + super().who()
class Child(Left, Right):
    def who(self):
        return ['Child'] + super().who()
print(Child().who())
print([c.__name__ for c in Child.__mro__], [c.__name__ for c in Child.mro()])
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class Bad(A, B): pass
except TypeError as e:
    print(e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(e)
class O: pass
class P1(O): pass
class P2(O): pass
class Q(P1, P2): pass
class R(P2): pass
class S(Q, R): pass
print([c.__name__ for c in S.__mro__])
