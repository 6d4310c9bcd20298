import copy
class A:
    def __init__(self): self.x = [1, [2]]; self.y = 'a'
a = A()
b = copy.copy(a); c = copy.deepcopy(a)
print(b.x is a.x, c.x is a.x, c.x[1] is a.x[1], c.x == a.x, type(c).__name__)
l = [1, [2, 3]]; l.append(l)
m = copy.deepcopy(l); print(m[2] is m, m[1] is l[1], m[:2])
d = {'a': [1]}; d2 = copy.copy(d); d3 = copy.deepcopy(d); print(d2['a'] is d['a'], d3['a'] is d['a'])
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
class C:
    def __copy__(self): print("custom copy"); return 'copied'
    def __deepcopy__(self, memo): print("custom deepcopy", type(memo).__name__); return 'deep'
print(copy.copy(C()), copy.deepcopy(C()))
class S:
    __slots__ = ('p', 'q')
    def __init__(self): self.p = [1]; self.q = 2
s2 = copy.deepcopy(S()); print(s2.p, s2.q)
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,))
print(copy.copy(R(3)).v)
class GS:
    def __init__(self): self.a = 1
    def __getstate__(self): return {'a': 100}
    def __setstate__(self, st): self.a = st['a'] + 1
print(copy.copy(GS()).a, copy.deepcopy(GS()).a)
from collections import OrderedDict, namedtuple, Counter, defaultdict, deque
P = namedtuple('P', 'x y')
print(copy.copy(P(1, [2])), copy.deepcopy(OrderedDict(a=[1])), copy.copy(Counter('aab')), copy.deepcopy(defaultdict(list, a=[1])), copy.deepcopy(deque([1, [2]], maxlen=5)))
class L(list):
    pass
ll = L([1, [2]]); ll.attr = 5; ll2 = copy.deepcopy(ll); print(type(ll2).__name__, ll2, ll2.attr, ll2[1] is ll[1])
def gen(): yield 1
try: copy.copy(gen())
except TypeError as e: print("TypeError", e)
print(copy.copy(len) is len, copy.deepcopy(int) is int, copy.Error.__mro__[1].__name__)
print(A().__reduce_ex__(4)[1:3], A().__getstate__(), object().__getstate__())
import types
print(copy.copy(types.SimpleNamespace(a=[1])))
