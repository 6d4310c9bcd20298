# name mangling of __private names
class A:
    __secret = 'a-secret'
    def get(self):
        return self.__secret
    def set(self, v):
        self.__val = v
class B(A):
    __secret = 'b-secret'
    def get_b(self):
        return self.__secret
b = B()
print(b.get(), b.get_b())
b.set(5)
print(sorted(k for k in vars(b)))
print(sorted(k for k in vars(A) if 'secret' in k))
try:
    b.__secret
except AttributeError as e:
    print(e)
class _Under:
    __x = 1
print(hasattr(_Under, '_Under__x'), hasattr(_Under, '__x'))
class D:
    __dunder__ = 'not mangled'
    def m(self):
        return __name_in_method if False else 'ok'
print(D.__dunder__, D().m())
class E:
    def f(self):
        __local = 3
        return locals()
print(sorted(E().f()))
