# reprs of sets and frozensets, including subclasses and recursion guards
print(set(), frozenset(), {1}, frozenset({1}), {frozenset({2})}, frozenset({frozenset()}))
class S(set):
    pass
class F(frozenset):
    pass
print(S([1]), F([2]), S(), F(), repr(S([3])))
print({x % 5 for x in range(20)}, {c for c in 'banana'})
print(type({1}).__name__, type(frozenset()).__name__, set.__name__)
print(sorted({3, 1, 2}), sorted(frozenset('cab')), list(reversed(sorted({5, 4}))))
print(min({4, 2, 8}), max({4, 2, 8}), sum({1, 2, 3}), len(set('mississippi')))
