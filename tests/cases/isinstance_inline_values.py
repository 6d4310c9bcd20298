# isinstance and issubclass with inline values (ints, floats, bools, None) against builtin
# types, tuples of types, ABCs and classes with __instancecheck__.
import numbers
from collections.abc import Hashable, Sequence


class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 3


class Three(metaclass=Meta):
    pass


values = [3, -1, 2.5, float("nan"), True, False, None, 2 ** 80]
types = [int, float, bool, type(None), object, str, list, (list, tuple), (str, int),
         numbers.Number, numbers.Integral, Hashable, Sequence, Three]
for v in values:
    print(repr(v), [isinstance(v, t) for t in types])
print(issubclass(bool, int), issubclass(int, bool), issubclass(type(None), object))
try:
    isinstance(3, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(None, (int, "x"))
except TypeError as e:
    print("TypeError:", e)
