# complex() with __complex__, __float__, __index__ and subclasses
class C:
    def __complex__(self):
        return 2 + 3j
class F:
    def __float__(self):
        return 1.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), F()), complex(1, 2j), complex(1j, 1j))
class MyComplex(complex):
    pass
m = MyComplex(1, 2)
print(m, type(m).__name__, type(m + 1).__name__, m.real, repr(m))
class BadComplex:
    def __complex__(self):
        return 5
try:
    complex(BadComplex())
except TypeError as e:
    print(e)
print(complex('(1+2j)'), complex('  (3-4j)  '), complex('infj'), complex('-nanj').imag != 0)
print(complex(real=1, imag=2), complex(imag=5))
