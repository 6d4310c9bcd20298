# ints are immutable: augmented assignment rebinds
a = 10
b = a
a += 1
print(a, b)
x = 2 ** 100
y = x
x += 1
print(x - y)
counts = [0] * 3
for i in range(10):
    counts[i % 3] += 1
print(counts)
n = 5
n **= 2
n //= 3
n %= 5
n <<= 4
n |= 1
print(n)
m = -7
m //= 2
print(m)
m = -7
m %= 3
print(m)
print(int.__name__, (1).__class__ is int, type(10 ** 30) is int, isinstance(2 ** 100, int))
