# division of large ints by small ones and vice versa
a = 10 ** 40 + 12345
for b in [1, -1, 7, -7, 10 ** 20, -(10 ** 20), 2 ** 64, a]:
    q, r = divmod(a, b)
    print(b, q, r, q * b + r == a, a // b == q, a % b == r)
print(-a // 10 ** 39, -a % 10 ** 39, (-a) // -7, (-a) % -7)
print(7 // (2 ** 70), -7 // (2 ** 70), 7 % (2 ** 70), -7 % (2 ** 70))
print(a / 10 ** 30, a / -3, (2 ** 200) / (2 ** 100))
