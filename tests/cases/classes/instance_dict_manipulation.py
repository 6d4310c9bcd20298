# __dict__ of instances and __class__ assignment
class A:
    def __init__(self):
        self.x = 1
    def who(self):
        return 'A'
class B:
    def who(self):
        return 'B'
a = A()
print(a.__dict__)
a.__dict__['y'] = 2
print(a.y, vars(a))
a.__dict__ = {'z': 3}
print(vars(a), hasattr(a, 'x'))
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, A))
try:
    a.__class__ = int
except TypeError as e:
    print(e)
try:
    a.__dict__ = []
except TypeError as e:
    print(e)
