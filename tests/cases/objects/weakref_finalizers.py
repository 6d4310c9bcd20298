import weakref, gc
class A:
    def hello(self): return "hello"
a = A()
r = weakref.ref(a, lambda wr: print("callback", wr() is None))
print(r() is a, weakref.getweakrefcount(a))
p = weakref.proxy(a)
print(p.hello(), type(p).__name__)
del a
print("after del", r())
try:
    p.hello()
except ReferenceError as e:
    print("ReferenceError", e)
class D:
    def __del__(self): print("del called")
d = D()
d = None
print("after d")
def g():
    try:
        yield 1
    finally:
        print("gen finally")
it = g(); next(it); del it
print("end")
