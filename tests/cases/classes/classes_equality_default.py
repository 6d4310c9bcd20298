# default equality is identity; NotImplemented fallback to identity
class A:
    pass
a1, a2 = A(), A()
print(a1 == a1, a1 == a2, a1 != a2, a1 is a1)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        if not isinstance(other, Eq):
            return NotImplemented
        return self.v == other.v
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) == 1, 1 == Eq(1), Eq(1) != 'x')
print([Eq(1), Eq(2)].index(Eq(2)), Eq(3) in [Eq(3)], [Eq(1)] == [Eq(1)])
class Ne:
    def __ne__(self, other):
        return 'custom ne'
print(Ne() != Ne(), Ne() == Ne())
