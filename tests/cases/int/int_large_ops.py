# heavier big-int work (still fast)
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 100), isqrt(2 * 10 ** 60))
a = 3 ** 1000
print(len(str(a)), str(a)[:20], str(a)[-20:])
print(a % 1000000007, a // 3 ** 999)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(2 ** 200 * 3 ** 50, 2 ** 150 * 3 ** 80))
p = 2 ** 127 - 1
print(pow(3, p - 1, p))
print(int('1' * 200) * int('9' * 200) % 10 ** 12)
print((10 ** 100 + 7) // (10 ** 50 + 3), (10 ** 100 + 7) % (10 ** 50 + 3))
print(-(10 ** 100 + 7) // (10 ** 50 + 3), -(10 ** 100 + 7) % (10 ** 50 + 3))
print(sum(1 << i for i in range(0, 500, 7)) % 999999937)
