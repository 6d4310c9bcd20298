# tuple subclasses and structseq-like objects
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f'Point(x={self.x}, y={self.y})'
p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), isinstance(p, tuple))
print(type(p + (3,)).__name__, p + (3,))
x, y = p
print(x, y)
import sys
vi = sys.version_info
print(vi[:2], vi.major, type(vi).__name__, isinstance(vi, tuple), len(vi) >= 5)
print(sys.float_info.max, sys.float_info.dig, sys.float_info.mant_dig, sys.int_info.bits_per_digit > 0)
