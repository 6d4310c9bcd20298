# type() with one and three arguments
print(type(1), type('s'), type(None), type(type), type(len), type([].append), type(lambda: 0))
print(type(1).__name__, type(1.0).__qualname__, type(print).__module__)
X = type('X', (), {'a': 1, 'm': lambda self: 'method'})
x = X()
print(X.__name__, x.a, x.m(), X.__bases__, type(x) is X)
Y = type('Y', (X,), {'b': 2})
print(Y.__mro__[1].__name__, Y().a, Y().b, Y.__module__)
for args in [(1, 2), ('Z', 1, {}), ('Z', (1,), {}), ('Z', (), [])]:
    try:
        type(*args)
    except TypeError as e:
        print(e)
print(type(type(1)) is type, type.__name__, type(object))
