# starred targets in for loops and nested unpacking
for first, *rest in ['abc', 'de', 'f']:
    print(first, rest)
for (a, b), *c in [((1, 2), 3, 4), ((5, 6),)]:
    print(a, b, c)
pairs = {'x': (1, 2), 'y': (3, 4)}
for key, (lo, hi) in pairs.items():
    print(key, lo, hi)
[x, *y], z = 'ab', 'c'
print(x, y, z)
*a, = range(3)
print(a)
try:
    for p, q in [(1, 2), (3,)]:
        print(p, q)
except ValueError as e:
    print(e)
for i, in [(1,), (2,)]:
    print(i)
