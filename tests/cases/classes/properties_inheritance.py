# overriding and extending properties in subclasses
class Base:
    def __init__(self):
        self._v = 1
    @property
    def value(self):
        return self._v
    @value.setter
    def value(self, v):
        print('Base setter', v)
        self._v = v
class Child(Base):
    @Base.value.setter
    def value(self, v):
        print('Child setter', v)
        Base.value.fset(self, v * 10)
class ReadOnly(Base):
    @property
    def value(self):
        return 'read-only ' + str(self._v)
c = Child()
c.value = 2
print(c.value)
r = ReadOnly()
try:
    r.value = 5
except AttributeError as e:
    print(e)
print(r.value, type(Base.__dict__['value']).__name__, Base.value.fget.__name__)
class Computed:
    @property
    def area(self):
        return self.w * self.h
    w, h = 3, 4
print(Computed().area, hasattr(Computed(), 'area'), isinstance(Computed.area, property))
