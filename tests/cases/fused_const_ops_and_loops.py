# Constant operands of binary operations and loop back edges, which the interpreter runs
# as combined instructions: every kind of operand, overflow, errors and loops over
# iterators of all kinds must behave as the separate instructions do.
import sys


def ops(x):
    return [x + 1, x - 2, x * 3, x // 4, x % 5, x & 6, x | 8, x ^ 9, x / 2, x ** 2, x << 1, x >> 1]


print(ops(7))
print(ops(-7))
print(ops(sys.maxsize))
print(ops(-sys.maxsize - 1))
print(ops(2 ** 70))
print(ops(True))
for v in [2.5, -0.5, float("inf")]:
    print(v + 1, v - 2, v * 3, v / 2, v // 4, v % 5, v ** 2)
n = float("nan")
print(n + 1, n * 0, (n + 1) is n)
print("ab" + "c", [1] + [2], (1,) * 3, "x" * 3, "%d!" % 5)


def unbound():
    if False:
        y = 0
    return y + 1


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

for bad in [None, "s", [1]]:
    try:
        bad - 1
    except TypeError as e:
        print("TypeError:", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = 10
try:
    x % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + other * 10)

    def __radd__(self, other):
        return "radd %r" % (other,)


print((Num(1) + 1).v, 1 + Num(2))

# Loops: ranges, lists changing size, tuples, strings, dicts, generators, custom
# iterators, nested loops with break / continue / else.
total = 0
for i in range(5):
    total += i
print(total)
lst = [1, 2, 3]
for v in lst:
    if v < 4:
        lst.append(v + 3)
print(lst)
for v in (1, 2):
    print("tuple", v)
for ch in "ab":
    print("str", ch)
for k in {"a": 1, "b": 2}:
    print("dict", k)


def gen():
    yield 1
    yield 2


for v in gen():
    print("gen", v)


class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


print([v * 2 for v in It()])
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
    else:
        print("no break", i)
r = iter(range(4))
for v in r:
    print("shared", v, next(r, None))
