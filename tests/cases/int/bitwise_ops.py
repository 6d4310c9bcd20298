# bitwise operators on positive, negative and big ints
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12, -12 >> 1, -12 << 3)
print(-1 >> 100, 1 >> 100, -1 << 100)
print((1 << 100) - 1 & 0xFF, (1 << 100) | 1, (1 << 100) ^ (1 << 99))
print(-(1 << 100) & 0xFFFF, -(1 << 100) >> 98, ~(1 << 100))
print(0xFFFFFFFFFFFFFFFF & -2, -(2 ** 70) | 5)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(e)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print((255).bit_count() if hasattr(int, 'bit_count') else 8, (-255).bit_count())
