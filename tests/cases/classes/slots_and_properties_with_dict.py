# __slots__ including __dict__ and __weakref__, with properties
class P:
    __slots__ = ('_x', '__dict__')
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
p = P()
p.extra = 'allowed via __dict__'
print(p.x, p.extra, p.__dict__)
class Q:
    __slots__ = ('a',)
print(hasattr(Q(), '__weakref__'), hasattr(Q(), '__dict__'))
class R:
    __slots__ = ('a', '__weakref__')
print(hasattr(R(), '__weakref__'))
try:
    class Bad:
        __slots__ = ('a', 'a')
    print('duplicate slots allowed?', Bad.__slots__)
except TypeError as e:
    print(type(e).__name__, e)
class S(Q):
    __slots__ = ('a',)
print(S.__slots__, S().__class__.__name__)
try:
    class T(int):
        __slots__ = ('x',)
except TypeError as e:
    print(e)
