# unary ops, abs, divmod, sum, conversions
print(-5, --5, +-5, -(-5), abs(-5), abs(5), abs(-10 ** 30))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([], 0), sum([2 ** 64, 2 ** 64]))
print(int('0' * 100 + '1'), int('-' + '9' * 30))
print(float(10 ** 20), float(-(2 ** 63)), float(2 ** 1023))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(complex(5), bool(0), bool(-1), bool(10 ** 100))
print(str(123), repr(-123), ascii(7))
print(int.__add__(2, 3), int.__mul__(4, 5), int.__neg__(6))
print((7).__floordiv__(2), (7).__mod__(-2), (7).__pow__(2), (7).__pow__(2, 5))
print((2).__pow__(-1), (2).__rpow__(3), (5).__lshift__(2), (5).__rshift__(1))
print(int.__add__(1, 1.5))
