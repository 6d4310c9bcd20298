# set algebra with operators and methods
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([5, 6]))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, a == {4, 3, 2, 1})
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}), a.isdisjoint(b))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {1}
c ^= {2, 3}
print(c)
for call in [lambda: a | [1], lambda: a + b, lambda: a < [1], lambda: {[]}, lambda: a & 1]:
    try:
        print(call())
    except TypeError as e:
        print(e)
print(frozenset(a) | b, type(frozenset(a) | b).__name__, type(b | frozenset(a)).__name__)
print({1, 2} == frozenset({1, 2}), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
