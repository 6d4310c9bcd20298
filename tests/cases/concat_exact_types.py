# `a + b` of exact lists, tuples and strs (done without a method call) keeps CPython's
# results, identities and errors; subclasses still go through their own methods.
a = (1, 2)
s = "ab"
t = ()
e = ""
lst = [1]
print(a + t is a, t + a is a, s + e is s, e + s is s, lst + [] is lst, t + t is t)
print(a + (3,), s + "cd", lst + [2], [] + [], e + e, type(a + a).__name__)


class L(list):
    def __add__(self, o):
        return "L.add"

    def __radd__(self, o):
        return "L.radd"


class T(tuple):
    pass


class S(str):
    def __radd__(self, o):
        return "S.radd"


print(L([1]) + [2], [2] + L([1]), type(T((1,)) + (2,)).__name__, type((2,) + T((1,))).__name__)
print("x" + S("y"), type(S("y") + "x").__name__)
for bad in [lambda: [1] + (2,), lambda: "a" + 1, lambda: (1,) + [2]]:
    try:
        bad()
    except TypeError as err:
        print(err)
x = [1]
y = x
x += [2]
print(y, x is y)
u = (1,)
w = u
u += (2,)
print(w, u)
big = list(range(5)) + list(range(5, 10))
print(big, len(big))
