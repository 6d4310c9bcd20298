# LOAD_ATTR/STORE_ATTR caches for __slots__ members: hits, unset slots, class changes, overrides
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x): self.x = x
p = P(1)
def rd(o):
    return o.x
for i in range(3): print(rd(p))
try:
    p.y
except AttributeError as e: print(e)
del p.x
try: rd(p)
except AttributeError as e: print(e)
P.x = 5
print(rd(p))
class Q(P):
    __slots__ = ()
    @property
    def x(self): return 'prop'
q = Q(0) if False else object.__new__(Q)
print(rd(q))
class R:
    __slots__ = ('x',)
    def __getattribute__(self, n): return 'ga'
r = R()
print(rd(r))
def st(o, v): o.y = v
class P2:
    __slots__ = ("x", "y")
    def __init__(self, x): self.x = x
s = P2(1)
for i in range(3): st(s, i)
print(s.y)
class S(P2):
    __slots__ = ()
    def __setattr__(self, n, v): print('setattr', n, v)
st(S(2), 9)
