# super()-heavy code: cooperative __init__ chains in a diamond
# hierarchy, overridden methods extending their parents' results through
# zero-argument super(), and explicit two-argument super().


class Base:
    def __init__(self, v):
        self.v = v
        self.tags = 1

    def value(self):
        return self.v

    def cost(self, k):
        return k


class Left(Base):
    def __init__(self, v):
        super().__init__(v)
        self.tags += 2

    def value(self):
        return super().value() + 1

    def cost(self, k):
        return super().cost(k) * 2


class Right(Base):
    def __init__(self, v):
        super().__init__(v)
        self.tags += 4

    def value(self):
        return super().value() * 2

    def cost(self, k):
        return super().cost(k) + 3


class Diamond(Left, Right):
    def __init__(self, v):
        super().__init__(v)
        self.tags += 8

    def value(self):
        return super().value() + 100

    def cost(self, k):
        return super(Diamond, self).cost(k) - 1


class Deep1(Base):
    def value(self):
        return super().value() + 1


class Deep2(Deep1):
    def value(self):
        return super().value() + 1


class Deep3(Deep2):
    def value(self):
        return super().value() + 1


class Deep4(Deep3):
    def value(self):
        return super().value() + 1


def main():
    total = 0
    for i in range(200000):
        d = Diamond(i & 255)
        total += d.tags
    d = Diamond(5)
    for i in range(250000):
        total += d.value() + d.cost(i & 15)
    e = Deep4(3)
    for i in range(250000):
        total += e.value()
    print([c.__name__ for c in Diamond.__mro__])
    print("checksum", total)


main()
