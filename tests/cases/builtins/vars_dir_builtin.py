# vars() and dir()
class P:
    a = 1
    def m(self): pass
p = P()
p.x = 10
print(vars(p), 'a' in vars(P), 'm' in vars(P), type(vars(P)).__name__)
print([n for n in dir(p) if not n.startswith('__')], [n for n in dir(P) if not n.startswith('__')])
print('append' in dir([]), 'upper' in dir(''), '__add__' in dir(1))
try:
    vars(1)
except TypeError as e:
    print(e)
class WithDir:
    def __dir__(self):
        return ['z', 'a', 'm']
print(dir(WithDir()))
class Slotted:
    __slots__ = ('s',)
try:
    vars(Slotted())
except TypeError as e:
    print(e)
def f():
    local_one = 1
    local_two = 2
    return dir()
print(f())
import sys
print('path' in dir(sys), sorted(dir(type('E', (), {})))[:3])
