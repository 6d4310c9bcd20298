# `for a, b in ...` over enumerate, zip and dict items (run without building the pair
# tuples) and UNPACK_SEQUENCE of exact tuples and lists: same values, errors and states.
import sys

for i, x in enumerate("abc"):
    print(i, x)
for i, x in enumerate([10, 20], start=sys.maxsize - 1):
    print(i, x)
for i, x in enumerate(range(3), -2):
    print(i, x)
for a, b in zip([1, 2, 3], (4, 5)):
    print(a, b)
z = zip(range(3), [7, 8, 9, 10])
for a, b in z:
    print(a, b)
print(list(z))
for a, b in zip(iter([1, 2]), "xy"):
    print(a, b)
d = {"one": 1, "two": 2}
for k, v in d.items():
    print(k, v)
try:
    for k, v in d.items():
        d["three"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
e = enumerate([1, 2])
for i, x in e:
    pass
print(list(e))
try:
    for a, b in zip([1, 2], [3], strict=True):
        print(a, b)
except ValueError as err:
    print("ValueError:", err)
for a, b in [(1, 2), [3, 4], "xy"]:
    print(a, b)
try:
    for a, b in [(1, 2, 3)]:
        pass
except ValueError as err:
    print("ValueError:", err)
try:
    for a, b in [[1]]:
        pass
except ValueError as err:
    print("ValueError:", err)


class L(list):
    def __iter__(self):
        return iter([9, 8])


a, b = L([1, 2])
print(a, b)


class T(tuple):
    def __iter__(self):
        return iter("pq")


a, b = T((1, 2))
print(a, b)
for k, (a, b) in enumerate(zip("ab", "cd")):
    print(k, a, b)
for a, b in map(lambda t: (t, t * 2), range(2)):
    print(a, b)


def gen():
    yield 1, 2
    yield 3, 4


for a, b in gen():
    print(a, b)
print([(i, c) for i, c in enumerate("hi")], {k: v for k, v in zip("ab", [1, 2])})
