# int() from other types
print(int(), int(3.9), int(-3.9), int(True), int(1e20))
print(int(2.5), int(-2.5), int(0.999999))
for v in [float('inf'), float('-inf'), float('nan')]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class WithInt:
    def __int__(self):
        return 7
class WithIndex:
    def __index__(self):
        return 8
class WithTrunc:
    def __trunc__(self):
        return 9
print(int(WithInt()), int(WithIndex()))
try:
    print(int(WithTrunc()))
except TypeError as e:
    print(e)
class BadInt:
    def __int__(self):
        return 'no'
try:
    int(BadInt())
except TypeError as e:
    print(e)
for v in [None, [1], '1.0', 1j]:
    try:
        int(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class MyInt(int):
    pass
x = MyInt(5)
print(x, type(x).__name__, type(int(x)).__name__, x + 1, type(x + 1).__name__)
