# calling things that are not callable
objs = [1, 'str', None, [1], (1,), {}, 1.5, b'']
for o in objs:
    try:
        o()
    except TypeError as e:
        print(e)
class C: pass
try:
    C()()
except TypeError as e:
    print(e)
class D:
    __call__ = None
try:
    D()()
except TypeError as e:
    print(e)
class E:
    def __call__(self, x):
        return x * 2
print(E()(21), callable(E()), callable(C()), callable(C))
import sys
try:
    sys()
except TypeError as e:
    print(e)
