# Inline-int fast paths of //, %, &, |, ^ at the i64 edges, and float operands of bitwise operators
import itertools
vals = [0, 1, -1, 7, -7, 3, -3, 2**62, -2**62, 2**63 - 1, -2**63, 10**20, -10**20]
out = []
for a, b in itertools.product(vals, repeat=2):
    for name, op in (('//', lambda a, b: a // b), ('%', lambda a, b: a % b), ('&', lambda a, b: a & b), ('|', lambda a, b: a | b), ('^', lambda a, b: a ^ b)):
        try:
            out.append(op(a, b))
        except ZeroDivisionError as e:
            out.append(str(e))
print(len(out), hash(tuple(out)))
print(out[:40])
x, y = 7, -2
x //= y; print(x); x %= 3; print(x); x &= 6; x |= 9; x ^= 5; print(x)
for a, b in ((1.5, 2.0), (1.5, 0.0), (3.0, 2)):
    for name in ('&', '|', '^', '/', '//', '%'):
        try:
            print(name, eval(f'a {name} b'))
        except (TypeError, ZeroDivisionError) as e:
            print(name, type(e).__name__, e)
