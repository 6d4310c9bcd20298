# keys/items views: set operations in source operand order, comparisons as subset relations
import random
random.seed(7)
k = {'a': 1}.keys()
for f in [lambda: k | 1, lambda: 1 | k, lambda: k - 1, lambda: k & 1, lambda: 1 & k, lambda: k ^ 1,
          lambda: [1] - k, lambda: {'a': 1}.values() | {1}, lambda: k < 3]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print({'z'} | k, ['b', 'a'] - k, k - ['a'], ['a', 'q'] & k, ['a', 'q'] ^ k)
for _ in range(60):
    d = dict.fromkeys(random.sample(range(100), random.randint(0, 20)), 0)
    e = dict.fromkeys(random.sample(range(100), random.randint(0, 20)), 0)
    s = set(random.sample(range(100), random.randint(0, 20)))
    l = random.sample(range(100), random.randint(0, 8))
    dk, ek = d.keys(), e.keys()
    print([list(x) for x in (dk | ek, dk & ek, dk - ek, dk ^ ek, dk | s, s | dk, dk & s, s & dk,
                             dk - s, s - dk, dk ^ l, l ^ dk, l - dk, dk & l, l & dk)])
    print(dk <= s, dk < ek, dk >= dk, dk > s, dk == set(d), dk != ek, d.items() <= e.items())
