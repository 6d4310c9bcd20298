# `in`, index, count and remove on lists of inline numbers, strs and tuples (compared
# natively) mixed with objects whose __eq__ runs Python code, including one that changes
# the list while it is being searched.
class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("Eq.__eq__", self.v, o)
        return self.v == o

    __hash__ = object.__hash__


data = [1, 2.0, "three", (4, "four"), True, None, Eq(7), 8, "three"]
for x in [1, 2, 2.0, "three", (4, "four"), 7, 8, "nine", None, False, 1.0]:
    print(repr(x), x in data, data.count(x), data.index(x) if x in data else "-")
print(data.index("three", 3), data.count(True), [0, 0.0, False].count(0), [1, 2, 3].index(3, -1))
try:
    [1, 2, 3].index(4)
except ValueError as e:
    print("ValueError", e)
try:
    [1, 2, 3].index(1, 1)
except ValueError as e:
    print("ValueError", e)
rm = [5, "x", 5, (1, 2)]
rm.remove(5)
rm.remove((1, 2))
print(rm)


class Grow:
    def __init__(self, target):
        self.target = target

    def __eq__(self, o):
        if len(self.target) < 6:
            self.target.append(o)
        return False

    __hash__ = object.__hash__


g = [1, 2]
grow = Grow(g)
g.insert(0, grow)
print(3 in g, len(g), g.count(2), len(g))
big = list(range(10000))
print(9999 in big, big.index(5000), big.count(7), -1 in big, "a" in big)
