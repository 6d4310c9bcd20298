created = []


class Shape:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry.append(f'{cls.__module__}.{cls.__name__}')

    def describe(self):
        return f'{type(self).__name__} area={self.area():.2f}'


class Circle(Shape):
    def __init__(self, r):
        self.r = r
        created.append(r)

    def area(self):
        return 3.14159 * self.r ** 2
