# builtins over tuples
t = (5, 3, 9, 3, 1)
print(len(t), max(t), min(t), sum(t), sorted(t), tuple(sorted(t)), t.count(3), t.index(3), t.index(3, 2))
print(tuple(reversed(t)), t[::-1] == tuple(reversed(t)), list(enumerate(t))[:2], any(t), all(t))
print(tuple(map(str, t)), tuple(filter(lambda x: x > 3, t)), tuple(zip(t, 'abcde'))[:2])
print(t + (0,), t * 2, (0,) * 0, (), () + (), bool(()), bool((0,)))
print(tuple({'a': 1, 'b': 2}), tuple({3}), tuple(x for x in range(3)), tuple([[]]))
try:
    t.index(3, 4)
except ValueError as e:
    print(e)
try:
    t + [1]
except TypeError as e:
    print(e)
print((1, 2, 3)[1:2], type((1, 2)[0:0]).__name__, (1,) * -1)
