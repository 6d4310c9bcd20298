import _collections_abc as cabc
from _collections_abc import *
print(Sequence, Sequence.__module__)
for t in [list, dict, str, tuple, range, set, frozenset, type({}.keys()), type({}.items()), type({}.values()), int, bytes, type(iter([])), type(x for x in ()), type(len)]:
    print(t.__name__, [abc.__name__ for abc in [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Callable, Collection, Sequence, MutableSequence, ByteString, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView] if issubclass(t, abc)])
class MySeq(Sequence):
    def __init__(self, *a): self.a = a
    def __getitem__(self, i): return self.a[i]
    def __len__(self): return len(self.a)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, list(reversed(s)), s.index(2), s.count(2), s.index(2, 2))
try: s.index(9)
except ValueError as e: print("VE", repr(e))
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2})
print(m.keys() & {'a'}, m.items() | {('c', 3)} == {('a', 1), ('b', 2), ('c', 3)})
print(isinstance(m, Mapping), isinstance(m, MutableMapping), isinstance({}, Mapping))
class MyMM(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MyMM(); mm.update({'x': 1}, y=2); mm.update([('z', 3)])
print(dict(mm), mm.pop('x'), mm.setdefault('q', 9), mm.popitem(), dict(mm)); mm.clear(); print(len(mm))
try: mm.pop('nope')
except KeyError as e: print("KE", e)
class MySet(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
a = MySet([1, 2, 3]); b = MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([9]))
a |= [7]; a -= [1]; print(sorted(a)); a ^= [2, 8]; print(sorted(a)); a &= [3, 8]; print(sorted(a))
print(a.pop() in (3, 8), len(a))
print(MySet([1,2])._hash() == hash(frozenset([1,2])), MySet()._hash() == hash(frozenset()))
try: Sequence()
except TypeError as e: print(e)
try: MutableMapping()
except TypeError as e: print(e)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), isinstance(It(), Iterable), isinstance(It(), Sized))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), isinstance([], Hashable), isinstance((), Hashable))
print(isinstance(iter({}), Iterator), isinstance((x for x in []), Generator))
class MyList(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
ml = MyList(); ml.append(1); ml.extend([2, 3, 4]); ml.reverse(); print(ml.l, ml.pop(), ml.pop(0)); ml.remove(3); ml += [5]; print(ml.l)
print(Iterable[int], KeysView({'a': 1}))
print(MySeq.__abstractmethods__, Sequence.__abstractmethods__)
