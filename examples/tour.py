"""A small tour of what kaa runs: classes, generators, closures, exceptions, match."""


class Shape:
    registry = {}

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__] = cls

    def area(self):
        raise NotImplementedError


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def __repr__(self):
        return f"Rect({self.w}, {self.h})"


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def describe(v):
    match v:
        case Rect(w=w, h=h) if w == h:
            return f"square of side {w}"
        case Rect():
            return f"rectangle with area {v.area()}"
        case [first, *rest]:
            return f"list starting with {first!r} and {len(rest)} more"
        case {"name": name}:
            return f"record named {name}"
        case _:
            return "something else"


gen = fib()
print("fibonacci:", [next(gen) for _ in range(12)])
print("registry:", sorted(Shape.registry))
for v in [Rect(2, 3), Square(4), [1, 2, 3], {"name": "kaa"}, 42]:
    print(describe(v))
try:
    Shape().area()
except NotImplementedError as e:
    print("caught", type(e).__name__)
print("big int:", 2 ** 100, "float:", 0.1 + 0.2, "sum:", sum(x * x for x in range(10)))
