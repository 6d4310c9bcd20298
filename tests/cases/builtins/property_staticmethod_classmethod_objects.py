# the descriptor builtins as objects
p = property(lambda self: 1, doc='documented')
print(p.__doc__, p.fget(None), p.fset, p.fdel)
p2 = p.setter(lambda self, v: None)
print(p2 is p, p2.fset is not None, p.fset)
sm = staticmethod(lambda x: x + 1)
cm = classmethod(lambda cls: cls.__name__)
print(sm.__func__(1), type(sm).__name__, type(cm).__name__, cm.__func__.__name__)
class K:
    s = sm
    c = cm
    pr = p
print(K.s(5), K.c(), K().pr, isinstance(K.__dict__['pr'], property))
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
print(property().fget, type(property.__get__).__name__)
