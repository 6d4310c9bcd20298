# empty and negative-step ranges
for r in [range(5, 0), range(0, 5, -1), range(-3), range(0, -10, -3), range(10, 0, -4), range(-5, -1)]:
    print(r, list(r), len(r), bool(r), r[:1], r[-1:] if r else 'empty')
print(range(0, -10, -3)[1], range(10, 0, -4).index(6), -9 in range(0, -10, -3), -8 in range(0, -10, -3))
print(range(5, 0, -1)[::-1], range(5)[::-1] == range(4, -1, -1), list(range(5)[10:]), range(5)[-100:100])
