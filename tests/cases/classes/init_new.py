# __new__ and __init__ interplay
class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            print('creating')
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print('init with', v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(NotMine())
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper('abc'), type(Upper('x')).__name__)
class Args:
    def __new__(cls, *a, **k):
        obj = super().__new__(cls)
        obj.args = (a, k)
        return obj
print(Args(1, k=2).args)
try:
    object.__new__(1)
except TypeError as e:
    print(e)
