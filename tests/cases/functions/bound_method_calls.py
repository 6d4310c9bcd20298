# Calling bound methods held in variables: the function gets the instance first, errors
# name the method as CPython does, and generators and class methods work the same.
class C:
    def __init__(self, k):
        self.k = k

    def add(self, x, y=1):
        return self.k + x + y

    def gen(self, n):
        for i in range(n):
            yield self.k * i

    @classmethod
    def make(cls, k):
        return cls(k)

    @staticmethod
    def st(a):
        return a * 2


c = C(10)
m = c.add
print(m(1), m(1, 2), m(x=3), m(4, y=5))
g = c.gen
print(list(g(3)))
mk = C.make
print(mk(7).k, C.st(4), c.st(5))
try:
    m()
except TypeError as e:
    print("TypeError:", e)
try:
    m(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
cbs = [C(i).add for i in range(3)]
print([cb(1) for cb in cbs])
print(list(map(c.add, [1, 2, 3])))


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return f(n - 1)


class D:
    def run(self, n):
        return deep(n)


f = D().run
try:
    f(2)
except ValueError as e:
    print("ValueError:", e)
