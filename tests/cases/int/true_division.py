# int / int gives float, correctly rounded
print(1 / 2, 7 / 2, -7 / 2, 6 / 3, 1 / 3, 2 / 3)
print(10 ** 20 / 10 ** 10, 10 ** 30 / 3)
print((2 ** 100) / (2 ** 99), (2 ** 1000) / (2 ** 999))
print(1 / 10 ** 400 if False else (10 ** 400) // 10 ** 399)
try:
    print((10 ** 400) / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 / 10 ** 399)
print(1 / 10 ** 400)
print(123456789012345678901234567890 / 7)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
print(type(4 / 2).__name__, 4 / 2)
print(-1 / 3, (-1) / 3 == -(1 / 3))
print(9007199254740993 / 1, float(9007199254740993))
