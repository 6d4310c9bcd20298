# Built-in functions and method descriptors called directly: argument errors, descriptors
# applied to the wrong type, subclass instances, and keyword calls.
l = [3, 1, 2]
l.append(4)
list.append(l, 5)
print(l, len(l), sorted(l), max(l, key=lambda x: -x))
try:
    list.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    list.append(l)
except TypeError as e:
    print("TypeError:", e)


class L(list):
    pass


m = L([1])
m.append(2)
list.append(m, 3)
print(m, isinstance(m, list), isinstance(m, (int, L)))
try:
    len(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1)
except TypeError as e:
    print("TypeError:", e)
print("a,b".split(","), str.upper("x"), dict.get({1: 2}, 1))
try:
    str.upper(1)
except TypeError as e:
    print("TypeError:", e)
print(int.__add__(1, 2), getattr(l, "pop")(), l)
