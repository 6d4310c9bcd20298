# super() in various forms
class A:
    def hello(self):
        return 'A'
    @classmethod
    def cm(cls):
        return f'A.cm({cls.__name__})'
class B(A):
    def hello(self):
        return 'B>' + super().hello()
    @classmethod
    def cm(cls):
        return 'B>' + super().cm()
class C(B):
    def hello(self):
        return 'C>' + super(B, self).hello()
print(B().hello(), C().hello(), B.cm(), C.cm())
print(super(C, C()).hello(), super(B, C).cm())
class Init:
    def __init__(self, v):
        self.v = v
class SubInit(Init):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
s = SubInit(1, 2)
print(s.v, s.w)
try:
    super(int, 'x')
except TypeError as e:
    print(e)
sup = super(B, B())
print(type(sup).__name__, sup.hello())
try:
    sup.nonexistent
except AttributeError as e:
    print(e)
