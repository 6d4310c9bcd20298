# isinstance(x, T) called directly (run inline by CALL and fused with the jump after it),
# shadowed, raising, and with __instancecheck__.
class Meta(type):
    def __instancecheck__(cls, inst):
        print("check", type(inst).__name__)
        return inst == 3


class Odd(metaclass=Meta):
    pass


class A:
    pass


class B(A):
    pass


vals = [1, 2.5, "s", B(), A(), None, True, [1], (1,)]
for v in vals:
    if isinstance(v, int):
        print("int", v)
    elif isinstance(v, (list, tuple)):
        print("seq", v)
    if not isinstance(v, A):
        print("not A", type(v).__name__)
    r = isinstance(v, B)
    print("B?", r)
print(isinstance(3, Odd), isinstance(4, Odd))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    if isinstance(1, (int, "x")):
        print("first matched")
    if isinstance(1, (str, "x")):
        print("no")
except TypeError as e:
    print("TypeError:", e)


def shadow():
    isinstance = lambda a, b: "shadowed"
    return isinstance(1, int)


print(shadow())
import builtins

orig = builtins.isinstance
builtins.isinstance = lambda a, b: "patched"
print(isinstance(1, int))
builtins.isinstance = orig
print(isinstance(1, int))
