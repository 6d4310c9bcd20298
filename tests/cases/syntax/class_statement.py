# class statement forms
class A: pass
class B(A): x = 1
class C(A, metaclass=type): pass
class D(B, C):
    """Docstring."""
    y = x = 2
print([k.__name__ for k in D.__mro__])
print(D.__doc__, D.x, D.y, A.__doc__)
print(D.__bases__ == (B, C), A.__bases__ == (object,))
class Kw:
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class Sub(Kw, flag='on'): pass
print(Sub.flag)
bases = (A,)
class E(*bases): pass
print(E.__mro__[1].__name__)
def make():
    class Local:
        def m(self): pass
    return Local
L = make()
print(L.__name__, L.__qualname__, L.m.__qualname__)
class Outer:
    class Inner:
        class Deep: pass
print(Outer.Inner.Deep.__qualname__, Outer.Inner.__module__)
