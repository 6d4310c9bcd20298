# larger tuples, nested tuples, tuple() from generators
t = tuple(range(1000))
print(len(t), t[500], t[-1], sum(t), t[::250], t.index(999), 999 in t)
nested = ((1, (2, (3, (4,)))),)
print(nested, nested[0][1][1][1][0])
grid = tuple(tuple(r * 3 + c for c in range(3)) for r in range(3))
print(grid, tuple(zip(*grid)))
print(sorted({(2, 'b'), (1, 'z'), (1, 'a')}), max(((1, 2), (1, 3), (0, 9))))
print(tuple('abc') + tuple([1]) + (None,), (1, 2) * 3, hash(t) == hash(tuple(range(1000))))
