class A:
    pass
A.__doc__ = "hi"
print(A.__doc__)
try:
    del A.__doc__
except TypeError as e:
    print(e)
try:
    int.__doc__ = "x"
except TypeError as e:
    print(e)
class B:
    "orig"
B.__doc__ = None
print(B.__doc__, B().__doc__)
