# `container[local]`, which the VM fuses with the LOAD_FAST of the key: exact lists and
# dicts read in place, everything else (subclasses, errors, unbound keys) the full way.
class L(list):
    def __getitem__(self, i):
        return ("L", list.__getitem__(self, i))


class D(dict):
    def __missing__(self, k):
        return ("missing", k)


def read(c, keys):
    out = []
    for k in keys:
        try:
            out.append(c[k])
        except (IndexError, KeyError, TypeError) as e:
            out.append((type(e).__name__, str(e)))
    return out


print(read([10, 20, 30], [0, 1, -1, -3, 3, -4, True, "x", 1.0]))
print(read(L([1, 2]), [0, 1, 5]))
print(read({"a": 1, 2: "two", (1, 2): "t"}, ["a", 2, (1, 2), "zz", 2.0, [1]]))
print(read(D(a=1), ["a", "b"]))
print(read("hey", [0, -1, 7]))
print(read((5, 6), [1, 2]))


def unbound(flag, c):
    if flag:
        k = 0
    return c[k]


print(unbound(True, [9]))
try:
    unbound(False, [9])
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

grid = [[r * 3 + c for c in range(3)] for r in range(3)]
tot = 0
for r in range(3):
    row = grid[r]
    for c in range(3):
        tot += row[c]
print(tot)
