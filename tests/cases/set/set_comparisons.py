# subset/superset comparisons and equality between set types
a, b, c = {1, 2}, {1, 2, 3}, {4}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a == {2, 1}, a != b)
print(a < c, c < a, a > c, sorted([b, a, {1}], key=len))
print(frozenset(a) < b, a == frozenset({1, 2}), {frozenset()} == {frozenset()})
print(set() < {1}, set() == frozenset(), set() <= set())
try:
    a < [1, 2, 3]
except TypeError as e:
    print(e)
print(a.issubset([1, 2, 3]), a.issuperset((1,)), a.__le__([1, 2]))
