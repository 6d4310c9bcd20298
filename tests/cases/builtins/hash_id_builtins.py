# hash() on builtin values; id() is only compared, never printed
print(hash(0), hash(1), hash(-1), hash(10 ** 20), hash(1.5), hash(True), hash(None) == hash(None))
print(hash((1, 'a')) == hash((1, 'a')), hash('') == 0, hash(b'') == 0)
a = []
print(id(a) == id(a), id([]) is not None, type(id(a)).__name__)
x = object()
y = object()
print(id(x) != id(y), x is not y, hash(x) == hash(x))
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
class H:
    def __hash__(self):
        return -1
print(hash(H()))
class Huge:
    def __hash__(self):
        return 2 ** 64 + 5
print(hash(Huge()))
