# accumulated floating point error and exact alternatives
total = 0.0
for _ in range(1000):
    total += 0.001
print(total, round(total, 10), total == 1.0)
print(sum([0.1] * 3), 0.1 * 3, 0.3, 3 * 0.1 == 0.3)
print(1e16 + 1 - 1e16, 1e16 - 1e16 + 1, (0.1 + 0.2) + 0.3, 0.1 + (0.2 + 0.3))
print(2 ** 53 + 1.0 == 2 ** 53, float(2 ** 53 + 1), int(float(2 ** 53 + 1)))
print(0.1 ** 2, 1.1 ** 2, 1.000001 ** 1000000, 2.0 ** 0.5 ** 2)
vals = [1e100, 1.0, -1e100]
print(sum(vals), sum(sorted(vals, key=abs)))
print(1 / 3 + 1 / 3 + 1 / 3, 2 / 3 - 1 / 3, 100 * 1.15, round(100 * 1.15))
