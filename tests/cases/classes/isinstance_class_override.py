class P:
    @property
    def __class__(self):
        return int
print(isinstance(P(), int), isinstance(P(), str), isinstance(P(), P))
class Q:
    pass
q = Q()
print(isinstance(q, int))
print(isinstance(q, float))
class M(type):
    def __instancecheck__(cls, inst):
        return True
class R(metaclass=M): pass
print(isinstance(3, R), isinstance(3, (str, R)), issubclass(int, (str, int)), issubclass(int, (str, float)))
class S:
    pass
s = S()
print(isinstance(s, float))
def fake(self): return float
class T(S):
    __class__ = property(fake)
print(isinstance(T(), float), isinstance(T(), (int, float)), isinstance(T(), S))
