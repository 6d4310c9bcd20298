# Arithmetic on mixed ints and floats, float powers (including the cases
# that raise or give complex results), and list item reads and writes with
# negative, out-of-range and subclassed cases.
import sys

big = 2**53 + 1
print(1 + 0.5, 0.5 + 1, 3 - 0.25, 0.25 - 3, 2 * 1.5, 1.5 * 2, 7 / 2.0, 7.0 / 2)
print(big + 0.0, big * 1.0, (2**62) / 3.0, -5 - 0.0, sys.maxsize * 1.0)
print(2.0 ** 0.5, 1e300 ** 0.5, 0.5 ** 2000.0, 10.0 ** -3.0, 4.0 ** 0.5 == 2.0)
print((-8.0) ** (1 / 3), 0.0 ** 0.0, (-2.0) ** 2.0, 2.0 ** float("inf"))
for a, b in [(1e300, 3.0), (0.0, -1.0)]:
    try:
        print(a ** b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for a, b in [(1, 0.0), (1.0, 0), (0, 0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(1 + float("nan") != 1 + float("nan"), 2 * float("inf"), 1.5 + True, True * 2.5)

l = [10, 20, 30]
print(l[0], l[-1], l[-3])
l[1] = "x"
l[-1] = l[0]
print(l)
for i in (3, -4):
    try:
        l[i]
    except IndexError as e:
        print("IndexError:", e)
    try:
        l[i] = 0
    except IndexError as e:
        print("IndexError:", e)


class L(list):
    def __getitem__(self, i):
        return ("L", i)

    def __setitem__(self, i, v):
        print("set", i, v)


m = L([1, 2])
print(m[0], m[-1])
m[0] = 5
print(list(m))


class Dying:
    def __del__(self):
        print("old item freed")


d = [Dying()]
d[0] = 1
print("after store", d)
