# bound and unbound methods
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
c = C(5)
m = c.get
print(m(), m.__self__ is c, m.__func__ is C.get, m.__name__)
print(C.get(c), type(m).__name__, type(C.get).__name__)
print(c.get == c.get, c.get is c.get, C(5).get == c.get)
c.get = lambda: 'instance attr'
print(c.get())
del c.get
print(c.get())
def external(self):
    return 'external ' + str(self.v)
C.ext = external
print(c.ext())
bound = external.__get__(c)
print(bound())
print(str.upper('abc'), 'abc'.upper.__self__)
print(list.append.__qualname__, [].append.__self__)
