# values around the i64 boundary behave as one type
M = 2 ** 63 - 1
m = -2 ** 63
vals = [M, M + 1, m, m - 1]
for v in vals:
    print(v, type(v).__name__, v // 3, v % 3, -v, abs(v))
print(M + 1 - 1 == M, (m - 1) + 1 == m)
print(M * M)
print(m // -1, m % -1, -m)
print(abs(m), m * -1)
print((M + 1) >> 1, (m) << 1, M ^ m, M & m, M | m)
print(hash(M + 1), hash(m), hash(m - 1))
print(int(str(M + 1)) == M + 1)
print([M + i for i in range(3)])
print(sorted([M + 1, M, m, m - 1, 0]))
print(M + 1 == float(M + 1), float(M))
