# defining __eq__ removes the inherited __hash__
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
print(P.__hash__)
try:
    {P(1)}
except TypeError as e:
    print(e)
class H(P):
    def __hash__(self): return hash(self.x)
print(len({H(1), H(1), H(2)}), H(1) in {H(1)})
class Inherit(H):
    pass
print(hash(Inherit(5)) == hash(5))
class EqAgain(H):
    def __eq__(self, o): return False
print(EqAgain.__hash__)
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), hash(a) == hash(a), len({a, a}))
class KeepHash(P):
    __hash__ = object.__hash__
k = KeepHash(1)
print(k in {k}, k == KeepHash(1))
