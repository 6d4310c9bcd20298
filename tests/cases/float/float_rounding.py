# round() uses round-half-even and correct decimal rounding
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234.5678, 1), round(-1234.5678, -1), round(1.25, 1))
print(round(1e300, -300), round(123.456, 10), round(5e-324, 300))
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__, round(1.5, 0))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(-0.4), round(-0.0), round(0.49999999999999994))
print(round(1234, -5), round(12345.0, -5), round(50000.0, -5), round(150000.0, -5))
print(round(2.5, None), round(7, None))
try:
    round(1.5, 1.5)
except TypeError as e:
    print(e)
import math
print(math.floor(-1.5), math.ceil(-1.5), math.trunc(-1.5), int(-1.5))
print(math.floor(2.0), type(math.floor(2.0)).__name__)
