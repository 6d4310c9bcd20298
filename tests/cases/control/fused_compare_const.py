# `local <op> constant`, which the VM runs in one step for inline numbers (with the jump
# after it), and the full way for anything else.
def cmp_all(x):
    return [x < 2, x <= 2, x == 2, x != 2, x > 2, x >= 2,
            x < 2.5, x == 2.0, x > -1.5]


for x in [1, 2, 3, -7, 2.0, 2.5, float("nan"), True, False, 10**30]:
    print(x, cmp_all(x))


def branches(n):
    out = []
    i = 0
    while i < 5:
        if n > 3:
            out.append("big")
        elif n == 3:
            out.append("three")
        else:
            out.append("small")
        i += 1
        n += 1
    return out


print(branches(0), branches(2.5))
for bad in ["s", None, [1]]:
    try:
        print(bad < 2)
    except TypeError as e:
        print("TypeError:", e)
    print(bad == 2, bad != 2)


def unbound(flag):
    if flag:
        v = 1
    return v < 3


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


class W:
    def __lt__(self, other):
        return "lt called"

    def __eq__(self, other):
        return other == 4


w = W()
print(w < 4, w == 4, w == 5)
