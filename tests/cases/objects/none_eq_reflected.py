# Containers compare None with an object through the object's reflected __eq__ (None's own
# __eq__ returns NotImplemented), as CPython does in `in`, count, index, remove and tuples.
class A:
    def __eq__(self, o):
        print("eq called", o)
        return True

    __hash__ = object.__hash__


class B:
    def __eq__(self, o):
        return NotImplemented

    __hash__ = object.__hash__


print(A() in [None], [None].count(A()), [None].index(A()), None in [A()])
print((None,) == (A(),), [None] == [A()], None in (B(),), [None, 1].count(B()))
l = [1, None, 2]
l.remove(A())
print(l)
print(None == A(), A() == None, None != A(), None == B(), None is None)
