import numbers
from numbers import Number, Complex, Real, Rational, Integral
for v in [1, True, 1.5, 2j]:
    print(type(v).__name__, [c.__name__ for c in (Number, Complex, Real, Rational, Integral) if isinstance(v, c)])
print(issubclass(int, Real), issubclass(float, Integral), isinstance('1', Number))
print(sorted(Integral.__abstractmethods__))
print(sorted(Real.__abstractmethods__))
try: Integral()
except TypeError as e: print(str(e)[:60])
class MyInt(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return f"MyInt({self.v})"
    def __pos__(self): return self
for n in sorted(Integral.__abstractmethods__ - {'__int__', '__pos__'}):
    setattr(MyInt, n, lambda self, *a: NotImplemented)
MyInt.__abstractmethods__ = frozenset()
m = MyInt(7); print(m.numerator, m.denominator, float(m), m.__index__(), m.real, m.imag, m.conjugate())
print(Number.__hash__, numbers.__all__)
