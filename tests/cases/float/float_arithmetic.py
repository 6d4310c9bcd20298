# float arithmetic and mixed operations
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 3 * 1.1, 1.1 + 2.2)
print(7.0 / 2, 7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.0 % -2)
print(2.0 ** 10, 2.0 ** -1, 2 ** 0.5, 10.0 ** 308, (-8.0) ** 2)
print(1e308 * 10, -1e308 * 10, 1e-308 / 1e100)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-8.0) ** 0.5 + 0
    print((-8.0) ** 0.5)
except ValueError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0)]:
    try:
        a / b
    except ZeroDivisionError as e:
        print(e)
print(1 + 1.0, type(1 + 1.0).__name__, 2 * 0.5, True + 0.5)
print(abs(-2.5), -(-2.5), +1.5, divmod(7.5, 2), divmod(-7.5, 2))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
print(0.1 + 0.7, 0.1 * 0.1, 100 * 1.1)
