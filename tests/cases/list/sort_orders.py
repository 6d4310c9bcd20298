# list.sort / sorted: stability with keys and reverse, int lists sorted in place, str keys,
# objects with __lt__, errors from comparisons and key functions, and a list changed
# while it is being sorted.
import random

rng = random.Random(7)
data = [rng.randrange(1000) for _ in range(3000)]
s = sorted(data)
print(s[:5], s[-5:], s == sorted(data, reverse=True)[::-1])
data.sort(reverse=True)
print(data[:5])

pairs = [(rng.randrange(10), i) for i in range(200)]
by_first = sorted(pairs, key=lambda p: p[0])
print(all(by_first[i][0] < by_first[i + 1][0] or (by_first[i][0] == by_first[i + 1][0] and by_first[i][1] < by_first[i + 1][1]) for i in range(199)))
rev = sorted(pairs, key=lambda p: p[0], reverse=True)
print(rev[:6])

words = ["pear", "Apple", "fig", "apple", "Fig", "banana", "pear"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))

a, b = "x" * 3, "".join(["x", "x", "x"])
out = sorted([b, a], key=lambda s: s)
print(out[0] is b, out[1] is a)

floats = [0.0, -0.0, 1.5, -2.0, 0.0]
r = sorted(floats)
print(r, [str(x) for x in r])
print(sorted([3, True, 2, False, 1]))
print(sorted([2, 1.5, 1, 0.5]))


class V:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"{self.v}{self.tag}"


objs = [V(rng.randrange(5), i) for i in range(40)]
print(sorted(objs))
print(sorted(objs, reverse=True)[:10])

try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)

try:
    sorted([3, 1, 2], key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

lst = [3, 1, 2]


def k(x):
    lst.append(x)
    return x


try:
    lst.sort(key=k)
except ValueError as e:
    print("ValueError", e, lst)

big = list(range(100000, 0, -1))
big.sort()
print(big[:3], big[-3:])
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted({3: 1, 1: 2, 2: 3}.items(), key=lambda kv: kv[1], reverse=True))
print(sorted("hello world"))
