# tuple construction, repr, indexing
print((), (1,), (1, 2), tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)), 1, 2)
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[0], t[-1], t[1:], t[::-1])
print(((1, 2), (3,)), (None,), ('a',) * 3, (1, 2) + (3,))
print(t.index(2), t.count(3), 2 in t, (1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t[5]
except IndexError as e:
    print(e)
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    (1,) + [2]
except TypeError as e:
    print(e)
x = ([1],)
x[0].append(2)
print(x)
try:
    x[0] += [3]
except TypeError as e:
    print(e, x)
