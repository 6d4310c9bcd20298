# dir() results are sorted; dir() of modules and classes
import sys
d = dir(sys)
print(d == sorted(d), 'exit' in d, 'argv' in d)
class A:
    def b(self): pass
    def a(self): pass
    z = 1
print([n for n in dir(A) if not n.startswith('_')])
print(dir(A()) == dir(A))
inst = A()
inst.y = 2
print([n for n in dir(inst) if not n.startswith('_')])
print(dir(1) == dir(int), 'real' in dir(5), 'keys' in dir({}))
def f():
    b, a = 1, 2
    return dir()
print(f())
