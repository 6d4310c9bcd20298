# variable, function and class annotations
x: int = 5
y: 'str'
print(__annotations__)
def f(a: int, b: str = 'b', *args: float, c: bool, **kw: dict) -> list:
    return [a, b]
print(f.__annotations__)
class C:
    field: int
    other: list = []
    def m(self) -> None: ...
print(C.__annotations__)
print('field' in C.__dict__, C.other)
print(C.m.__annotations__)
def g(): pass
print(g.__annotations__)
def side():
    print('annotation evaluated')
    return int
z: side() = 1
print(z)
lst = [0]
lst[0]: int = 9
print(lst)
try:
    y
except NameError as e:
    print(type(e).__name__, e)
