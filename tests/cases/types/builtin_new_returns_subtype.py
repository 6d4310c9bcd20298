# A built-in type whose __new__ returns an instance of a subtype (str() of an object
# whose __str__ gives a str subclass): that subtype's __init__ runs, as type.__call__ does.
class S(str):
    def __init__(self, *a):
        print("S.__init__", len(a))
class X:
    def __str__(self):
        return S("hi")
r = str(X())
print(type(r).__name__, r)
print(int("5"), float("2.5"), list((1,)), range(2), str(3))
