# isinstance-heavy code: type dispatch over mixed values with
# isinstance chains, tuples of types, user class hierarchies,
# issubclass and type(x) is checks.


class Animal:
    pass


class Mammal(Animal):
    pass


class Bird(Animal):
    pass


class Dog(Mammal):
    pass


class Cat(Mammal):
    pass


class Penguin(Bird):
    pass


class Robot:
    pass


def classify(v):
    if isinstance(v, bool):
        return 1
    if isinstance(v, int):
        return 2
    if isinstance(v, float):
        return 3
    if isinstance(v, str):
        return 4
    if isinstance(v, (list, tuple)):
        return 5
    if isinstance(v, dict):
        return 6
    if isinstance(v, Dog):
        return 7
    if isinstance(v, Mammal):
        return 8
    if isinstance(v, Animal):
        return 9
    return 10


def walk(v):
    if isinstance(v, (list, tuple)):
        total = 0
        for x in v:
            total += walk(x)
        return total
    if isinstance(v, dict):
        total = 0
        for x in v.values():
            total += walk(x)
        return total
    if isinstance(v, int) and not isinstance(v, bool):
        return v
    return 1


def main():
    pool = [True, 3, 2.5, "s", [1], (2,), {"a": 1}, Dog(), Cat(), Penguin(), Robot(), None, Animal()]
    values = [pool[(i * 7) % len(pool)] for i in range(2000)]
    total = 0
    for r in range(500):
        for v in values:
            total += classify(v)
    classes = [Animal, Mammal, Bird, Dog, Cat, Penguin, Robot]
    for r in range(70000):
        for c in classes:
            if issubclass(c, Mammal):
                total += 1
            if issubclass(c, (Bird, Robot)):
                total += 2
    for v in values * 170:
        t = type(v)
        if t is int:
            total += 1
        elif t is str:
            total += 2
    nested = [[i, (i, i + 1), {"k": [i, 2.0, "x"]}] for i in range(200)]
    for r in range(420):
        total += walk(nested)
    print("checksum", total)


main()
