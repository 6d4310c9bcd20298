# __slots__
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
class P3(Point):
    __slots__ = ('z',)
q = P3(1, 2)
q.z = 3
print(q.x, q.z, hasattr(q, '__dict__'))
class WithDict(Point):
    pass
w = WithDict(0, 0)
w.anything = 'ok'
print(w.anything, sorted(w.__dict__))
class Single:
    __slots__ = 'only'
s = Single()
s.only = 1
print(s.only, type(Single.__dict__['only']).__name__)
try:
    class Conflict:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print(e)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(e)
