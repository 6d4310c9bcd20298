# Method calls: plain, inherited, overridden, calls between methods on
# self, staticmethod and classmethod calls, and stored bound methods.


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self.n

    def add(self, k):
        self.n += k
        return self.n

    def get(self):
        return self.n

    def step(self, k):
        self.inc()
        return self.add(k) - self.get()

    @staticmethod
    def scale(x):
        return x * 2

    @classmethod
    def make(cls):
        return cls()


class Doubling(Counter):
    def add(self, k):
        self.n += 2 * k
        return self.n


class Shape:
    def area(self):
        return 0

    def describe(self):
        return self.area() + self.sides()

    def sides(self):
        return 0


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def sides(self):
        return 4


class Tri(Shape):
    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2

    def sides(self):
        return 3


def main():
    c = Counter()
    d = Doubling()
    total = 0
    for i in range(500000):
        total += c.step(i & 7)
        total += d.step(i & 3)
        total += Counter.scale(i & 15)
    shapes = [Square(i % 10) if i % 3 else Tri(i % 7, i % 5) for i in range(50)]
    for r in range(10000):
        for s in shapes:
            total += s.describe()
    inc = c.inc
    for i in range(300000):
        inc()
    made = Counter.make()
    made.add(5)
    total += c.get() + made.get()
    print("checksum", total)


main()
