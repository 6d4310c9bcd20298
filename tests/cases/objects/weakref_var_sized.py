# Subclasses of the variable-size built-ins (int, tuple, bytes) get no __weakref__ and
# cannot be weakly referenced; other subclasses can; a metaclass's instances (classes)
# can, without a __weakref__ of the metaclass's own.
import weakref


class M(type):
    pass


class WithMeta(metaclass=M):
    pass


for base in (int, tuple, bytes, str, float, complex, list, dict, set, bytearray, object, Exception):
    class H(base):
        pass

    try:
        weakref.ref(H())
        ok = "ok"
    except TypeError as e:
        ok = str(e)
    print(base.__name__, "__weakref__" in H.__dict__, ok)
print("__weakref__" in M.__dict__, weakref.ref(WithMeta)() is WithMeta, list(M.__dict__))


class T(tuple):
    __slots__ = ()


print(list(T.__dict__), hasattr(T(), "__weakref__"))
try:
    weakref.ref(T())
except TypeError as e:
    print("TypeError", e)
