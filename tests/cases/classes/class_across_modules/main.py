# classes defined in another module
import shapes
from shapes import Circle, Shape
c = Circle(2)
print(repr(Circle), Circle.__module__, Circle.__qualname__, type(c).__name__)
print(isinstance(c, shapes.Shape), isinstance(c, Shape), issubclass(Circle, Shape))
print(c.describe(), shapes.created)
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
sq = Square(3)
print(sq.describe(), Square.__module__, repr(Square), [k.__module__ for k in Square.__mro__])
print(str(shapes.Shape), shapes.Shape.registry)
