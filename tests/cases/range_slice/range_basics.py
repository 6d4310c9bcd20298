# range objects
print(range(5), range(1, 5), range(1, 10, 2), range(5, 0, -1), range(0), range(-3))
print(list(range(5)), list(range(2, 8, 3)), list(range(10, 0, -3)), list(range(0, -5, -1)), list(range(5, 5)))
r = range(1, 20, 3)
print(len(r), r[0], r[-1], r[2:4], r[::-1], r[::2], 7 in r, 8 in r, r.index(10), r.count(4))
print(r.start, r.stop, r.step, range(3).step)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 2), range(3) == [0, 1, 2])
print(hash(range(3)) == hash(range(0, 3, 1)), list(reversed(range(4))))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
for call in [lambda: range(1.5), lambda: range(0, 1, 0), lambda: r[100], lambda: r.index(2),
             lambda: range('a'), lambda: len(range(2 ** 64))]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
print(range(2 ** 64)[5], range(-5, 5)[3:], range(10)[::-3])
