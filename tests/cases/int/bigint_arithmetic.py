# arbitrary precision arithmetic
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(a // 7, a % 7, -a // 7, -a % 7)
print(b // a, b % a)
print(divmod(a, 12345678901), divmod(-a, 12345678901))
print(10 ** 50 // 10 ** 25, (10 ** 50 + 1) // 10 ** 25)
print(-(2 ** 64), abs(-(2 ** 64)), +(2 ** 64))
print((2 ** 64 - 1).bit_length(), (2 ** 64).bit_length())
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(sum(range(10 ** 6)), sum(x * x for x in range(1000)))
print(2 ** 63, 2 ** 63 - 1, -2 ** 63, -2 ** 63 - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 2, (-9223372036854775808) * -1)
print(3 ** 200 == 3 ** 100 * 3 ** 100, 2 ** 100 > 2 ** 99)
