# class patterns, positional and keyword
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class Pt3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def m(v):
    match v:
        case Pt3(0, 0, 0):
            return 'origin3'
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=yy):
            return f'on y axis at {yy}'
        case Point(xx, 0):
            return f'on x axis at {xx}'
        case Point(x, y) if x == y:
            return 'diagonal'
        case Point():
            return 'some point'
        case int(n) | float(n):
            return f'number {n}'
        case str() as s:
            return f'string {s!r}'
        case _:
            return 'unknown'
for v in [Pt3(0, 0, 0), Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), 4, 2.5, 'hi', None]:
    print(m(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
