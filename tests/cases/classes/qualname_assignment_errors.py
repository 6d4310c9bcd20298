class A:
    pass
try:
    del A.__qualname__
except TypeError as e:
    print(e)
try:
    A.__qualname__ = 5
except TypeError as e:
    print(e)
A.__qualname__ = "B.C"
print(A.__qualname__, A)
