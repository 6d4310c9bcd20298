import types
X = type('X', (), {})
print(X.__module__, X)
def make():
    return type('Inner', (object,), {'a': 1})
I = make()
print(I.__module__, I.a, I.__qualname__)
Y = types.new_class('Y')
print(Y.__module__)
class Meta(type):
    pass
Z = Meta('Z', (), {})
print(Z.__module__, type(Z).__name__)
W = type('W', (), {'__module__': 'custom'})
print(W.__module__, W)
try:
    type("a\0b", (), {})
except ValueError as e:
    print(e)
class A:
    pass
try:
    A.__name__ = "a\0b"
except ValueError as e:
    print(e)
print(A.__name__)
