import gc
class P:
    def __init__(self):
        self.x = "xv"
        self.y = ["yv"]
p = P()
print(gc.get_referents(p))
p.__dict__
print(gc.get_referents(p))
class L(list): pass
l = L(["i"]); l.a = "av"
print(gc.get_referents(l))
class S:
    __slots__ = ("a",)
s = S(); s.a = "sv"
print(gc.get_referents(s))
class SD:
    __slots__ = ("a", "__dict__")
s = SD(); s.a = "sv"; s.b = "bv"
print(gc.get_referents(s))
print(gc.get_referents(object()))
class E(Exception): pass
e = E("m"); e.x = 1
print(gc.get_referents(e))
