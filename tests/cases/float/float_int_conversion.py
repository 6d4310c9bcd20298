# conversions between float and int
print(int(1.9999999999999998), int(1.9999999999999999), int(-0.5), int(1e15 + 0.5))
print(float(12345678901234567890), float(-2 ** 100), float(10 ** 308))
print(int(1e30), int(-1e30), int(2.0 ** 100), int(1.5e-10))
print(int(float(2 ** 63)), int(9.2233720368547758e18))
print((10 ** 22) == 1e22, 10 ** 23 == 1e23, int(1e23))
try:
    float(10 ** 309)
except OverflowError as e:
    print(e)
print(1 == 1.0, hash(1) == hash(1.0), {1: 'int'}[1.0], {1.0: 'float'}[1])
print(7 // 2.0, 7 % 2.5, 2 ** 0.5 * 2 ** 0.5)
print(int('7') + float('0.5'), str(3.0), str(3), repr(3.0))
import math
print(math.isqrt(10 ** 20), math.sqrt(2), math.sqrt(10 ** 20), math.floor(1e20))
