# str() and repr() of many objects
print(str(), str(1), str(1.5), str(None), str(True), str([1, 'a']), str((1,)), str({1: 'a'}))
print(str({1, 2}), str(frozenset()), str(set()), str(range(3)), str(b'x'), str(bytearray(b'y')))
print(str(slice(1, 2)), str(1j), str(Ellipsis), str(NotImplemented), str(type), str(int))
class A:
    def __str__(self):
        return 'A.str'
    def __repr__(self):
        return 'A.repr'
class B:
    def __repr__(self):
        return 'B.repr'
print(str(A()), repr(A()), str(B()), [A(), B()], f'{A()}', f'{A()!r}')
class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print(e)
class S(str):
    pass
s = S('sub')
print(s, type(s).__name__, type(str(s)).__name__, type(s + 'x').__name__, repr(s))
print(str(object=5), str(b'\xc3\xa9', 'utf-8'), str(b'\xff', 'utf-8', 'replace'))
try:
    str(5, 'utf-8')
except TypeError as e:
    print(e)
print(type(str).__name__, str.__name__, str.__mro__)
