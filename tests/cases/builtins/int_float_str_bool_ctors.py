# constructors of basic types called with no/one argument
print(int(), float(), str(), bool(), complex(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray())
print(int('12'), float('1.5'), str(12), bool('x'), complex('1j'), list('ab'), tuple('ab'), dict(a=1), set('aa'))
print(type(int).__name__, int.__class__.__name__, isinstance(int, type))
for t in [int, float, str, bool, list, tuple, dict, set]:
    print(t.__name__, repr(t()), t.__mro__[-1].__name__)
