# object() and its default methods
o = object()
print(type(o).__name__, o == o, o != o, o.__eq__(1), o.__ne__(o), o.__class__.__name__)
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(object.__name__, object.__bases__, object.__mro__, len(dir(object)) > 10)
print(str(object) , repr(object))
class E:
    pass
e = E()
print(e.__eq__(e), e.__eq__(E()), e.__hash__() == hash(e), e.__lt__(e))
print(e.__sizeof__() > 0, object.__init__(e) is None, E.__init__ is object.__init__)
try:
    object(1)
except TypeError as ex:
    print(ex)
try:
    E(1)
except TypeError as ex:
    print(ex)
print(E.__dict__['__module__'])
print(e.__format__('') == str(e), '' == e.__str__()[:0])
