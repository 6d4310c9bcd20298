# range membership is arithmetic; equality compares the sequences
r = range(0, 100, 7)
print(14 in r, 15 in r, -7 in r, 98 in r, 105 in r, 14.0 in r, True in range(2))
class Eq:
    def __eq__(self, other):
        return other == 21
print(Eq() in r)
print(range(0) == range(2, 2), range(1, 4, 5) == range(1, 2), range(3) != range(4))
print(range(0, 5, 2) == range(0, 6, 2), hash(range(0)) == hash(range(3, 3)))
print(r.count(14), r.count(15), r.index(98), r[-1], r[len(r) - 1], len(r))
print(list(range(10, -10, -7)), range(10, -10, -7)[1:], range(-5, 5, 3)[::-1])
print(bool(range(0)), bool(range(1)), min(range(3, 9)), max(range(3, 9, 4)))
try:
    range(0, 10)[10]
except IndexError as e:
    print(e)
