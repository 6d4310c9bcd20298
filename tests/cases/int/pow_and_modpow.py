# pow with two and three arguments
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -3)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 1000007))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(3, -1, 7), pow(2, -1, 9), pow(38, -1, 97))
print(pow(5, 0, 1), pow(0, 0, 5), pow(10 ** 30, 10 ** 5, 10 ** 9 + 7))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5), (0, -1)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(pow(2, 0.5), pow(4, 0.5), (-8) ** (1 / 3))
print(type(2 ** 2).__name__, type(2 ** -2).__name__)
print(2 ** 256)
print(7 ** 77 % 1000, pow(7, 77, 1000))
