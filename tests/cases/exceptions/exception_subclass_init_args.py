# how args are set when subclasses override __init__ / __new__
class A(Exception):
    def __init__(self, x, y):
        self.x = x
class B(Exception):
    def __init__(self, x):
        super().__init__('custom message', x)
class C(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, 'from new')
        return self
for e in [A(1, 2), B(3), C('ignored')]:
    print(type(e).__name__, e.args, str(e), repr(e))
class D(KeyError):
    pass
print(str(D('k')), repr(D('k')), str(D()), str(D('a', 'b')))
class E(OSError):
    pass
print(E(2, 'No such file').errno, str(E(2, 'No such file', 'f.txt')), type(OSError(2, 'x')).__name__)
