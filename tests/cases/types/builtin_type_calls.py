# Calling built-in types directly: range, list, tuple, dict, set, int, str,
# float and bytes, with errors, keyword arguments, subclasses (whose own
# __init__/__new__ must still run) and types patched after first use.
import sys

print(list(range(5)), list(range(2, 9, 3)), list(range(5, -6, -4)), range(0))
print(range(-sys.maxsize - 1, sys.maxsize)[-1], range(-sys.maxsize - 1, sys.maxsize, 7)[1], range(10**20)[5], range(True, 3))
for bad in [("a",), (1, 2, 0), (1.5,), ()]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list((1, 2)), list(), list("ab"), tuple([3, 4]), tuple(), set([1, 1, 2]), dict(a=1), dict([(1, 2)]))
print(int("12"), int(3.9), int("ff", 16), int(), str(5), str(), float("1.5"), bytes(3), bool([]))
try:
    list(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    list(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    dict(1)
except TypeError as e:
    print("TypeError:", e)


class L(list):
    def __init__(self, *a):
        print("L.__init__", a)
        super().__init__(*a)


class T(tuple):
    def __new__(cls, *a):
        print("T.__new__", a)
        return super().__new__(cls, a)


class D(dict):
    pass


print(L("xy"), T(1, 2), D(k=3), type(D()).__name__)


class Weird(list):
    def __new__(cls, *a):
        return 42


print(Weird([1]))
print(list.__new__(L), type(list.__new__(L)).__name__)
try:
    list.__new__(int)
except TypeError as e:
    print("TypeError:", e)
print(range.__new__(range, 3), tuple.__new__(tuple, [1]))
