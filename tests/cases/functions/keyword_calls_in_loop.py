# Keyword calls of Python functions, bound methods and classes run their frames in the
# calling loop; binding errors keep CPython's messages.
def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, sorted(kw.items()))


print(f(1, c=4), f(1, 2, 3, d=5), f(a=9), f(1, b=7, e=8))
try:
    f(1, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(b=1)
except TypeError as e:
    print("TypeError:", e)


class R:
    def __init__(self, key, value=0, tag=None):
        self.key, self.value, self.tag = key, value, tag

    def m(self, x, y=1):
        return x + y + self.key


r = R(1, value=5, tag="t")
print(vars(r), r.m(1, y=10), R(key=3).key)
m = r.m
print(m(x=2), m(2, y=0))
try:
    R(1, nope=2)
except TypeError as e:
    print("TypeError:", e)


def rec(n, acc=0):
    return acc if n == 0 else rec(n - 1, acc=acc + n)


print(rec(500))


def gen(n, step=1):
    yield from range(0, n, step)


print(list(gen(10, step=3)))
