# hash of integers follows CPython's modular scheme
for n in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 61 + 1, -(2 ** 61), 2 ** 64, 10 ** 30, -(10 ** 30)]:
    print(n, hash(n))
print(hash(True), hash(False), hash(1.0), hash(2 ** 61 - 2))
print(hash(1) == hash(1.0) == hash(True))
print(hash(0.5), hash(-0.5), hash(1e100), hash(float('inf')), hash(float('-inf')))
print(hash(2 ** 1000) == hash(float(2 ** 1000)))
print(hash((1, 2)), hash(()), hash((1,)), hash((False, True)))
print(hash(complex(1, 2)), hash(3 + 0j) == hash(3))
