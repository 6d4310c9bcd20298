# data and non-data descriptors
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
        print('set_name', owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f'{self.name[1:]} must be int, got {type(value).__name__}')
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'
class Rec:
    x = Typed()
    y = Typed()
    nd = NonData()
r = Rec()
r.x = 5
print(r.x, r.y, type(Rec.x).__name__)
try:
    r.y = 'no'
except TypeError as e:
    print(e)
print(r.nd)
r.__dict__['nd'] = 'instance wins over non-data'
print(r.nd)
r.__dict__['x'] = 'ignored: data descriptor wins'
print(r.x)
