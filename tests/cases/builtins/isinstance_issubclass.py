# isinstance and issubclass
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), isinstance(1, (str, (list, int))))
print(issubclass(B, A), issubclass(A, A), issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object))
print(isinstance(True, int), isinstance(None, type(None)), isinstance(int, type), isinstance(type, object))
print(isinstance(A, type), issubclass(type, object), isinstance(object, type))
for call in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1),
             lambda: isinstance(1, (int, 1)), lambda: isinstance(1, [int])]:
    try:
        print(call())
    except TypeError as e:
        print(e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Virtual(metaclass=Meta): pass
print(isinstance('magic', Virtual), isinstance('other', Virtual), issubclass(int, Virtual), issubclass(str, Virtual))
print(isinstance(Virtual(), Virtual))
print(isinstance(1, int | str), issubclass(bool, int | None))
