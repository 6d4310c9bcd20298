# sum() over ints, floats and mixtures: overflow into big ints, float
# accumulation order, subclasses and start values keep their semantics.
import sys

print(sum(range(1000)))
print(sum([sys.maxsize, sys.maxsize, 1]))
print(sum([-sys.maxsize - 1, -1]))
print(sum([0.1] * 10), sum([1e16, 1.0, -1e16]))
print(sum([1, 2.5, 3]), sum([2.5, 1, True]))
print(sum([True, True, False]), sum([], 7), sum([1, 2], 10.5))


class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) + 100)

    def __radd__(self, other):
        return MyInt(int(self) + int(other) + 1000)


print(sum([MyInt(1), 2, 3]), type(sum([1, MyInt(2)])).__name__)
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum(x * x for x in range(10)), sum((x / 2 for x in range(5)), 0.5))
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "b"])
except TypeError as e:
    print("TypeError:", e)
