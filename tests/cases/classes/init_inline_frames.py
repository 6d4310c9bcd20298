# Classes whose __init__ runs as an ordinary frame of the caller's loop: the call returns
# the instance, a non-None return is the caller's TypeError, exceptions and tracebacks pass
# through __init__, and recursion through constructors is bounded as before.
class P:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


p = P(1)
print(type(p).__name__, p.x, p.y, P(2, 3).y)


class R:
    def __init__(self):
        return 5


try:
    R()
except TypeError as e:
    print("TypeError:", e)


class Boom:
    def __init__(self, n):
        if n == 0:
            raise ValueError("boom")
        self.child = Boom(n - 1)


try:
    Boom(3)
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("ValueError:", e, n)


class F:
    def __init__(self):
        self.made_in = "F"


def make():
    return F()


print(make().made_in)
try:
    P()
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


class Deep:
    def __init__(self, n):
        self.next = Deep(n + 1) if n < 50 else None


d = Deep(0)
k = 0
while d:
    k += 1
    d = d.next
print(k)


class Inf:
    def __init__(self):
        Inf()


try:
    Inf()
except RecursionError as e:
    print("RecursionError:", e)


class G:
    def __init__(self):
        self.v = [i for i in range(3)]


print(G().v, isinstance(G(), G))
