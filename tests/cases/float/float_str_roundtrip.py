# repr round-trips exactly
vals = [0.1 * i for i in range(1, 30)] + [1 / i for i in range(1, 30)] + [2.0 ** i for i in range(-60, 60, 7)]
ok = all(float(repr(v)) == v for v in vals)
print(ok)
for v in vals[:12]:
    print(v)
seq = [x / 7 for x in range(8)]
print(seq)
print([round(x, 3) for x in seq])
acc = 0.0
for _ in range(10):
    acc += 0.1
print(acc, acc == 1.0)
print(1 / 98, 355 / 113, 22 / 7)
