# Tuple-to-tuple assignment (compiled to SWAP, as CPython's peephole does) keeps the
# order of evaluation and of the stores; slices made in a loop stay independent objects.


class Log:
    def __init__(self):
        self.seen = []

    def __setitem__(self, k, v):
        self.seen.append(("set", k, v))

    def __getitem__(self, k):
        self.seen.append(("get", k))
        return k


def val(tag, v):
    order.append(tag)
    return v


order = []
a, b = val("a", 1), val("b", 2)
print(a, b, order)
a, b = b, a
print(a, b)
x, y, z = val("x", 1), val("y", 2), val("z", 3)
print(x, y, z, order)
[p, q] = q0, p0 = 5, 6
print(p, q, q0, p0)
(w,) = (val("w", 9),)
print(w)
lg = Log()
lg[1], lg[2] = lg[3], lg[4]
print(lg.seen)


class Obj:
    pass


o = Obj()
o.a, o.b, o.c = 1, [2], "3"
o.a, o.b, o.c = o.c, o.a, o.b
print(o.a, o.b, o.c)
m, m = 1, 2
print(m)
lst = [0, 1, 2, 3]
i, lst[i] = 1, 9
print(i, lst)

# Slices built in a loop: each one kept stays as built.
kept = []
for k in range(4):
    s = lg[k:k + 2]
    kept.append(s)
print(kept, len(set(map(id, kept))))
nums = list(range(10))
print([nums[k:k + 3] for k in range(0, 10, 3)], nums[::-1][2:5], nums[slice(1, None, 2)])
big = 10**30
print(nums[-big:big], nums[big:], nums[:-big])


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(nums[Idx(2):Idx(5)], nums[True:3])
try:
    nums["a":]
except TypeError as e:
    print(e)
try:
    nums[::0]
except ValueError as e:
    print(e)
try:
    list.__getitem__((), 0)
except TypeError as e:
    print(e)
