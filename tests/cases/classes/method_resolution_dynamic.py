# modifying classes after instances exist
class Base:
    def greet(self):
        return 'base greet'
class Child(Base):
    pass
c = Child()
print(c.greet())
Base.greet = lambda self: 'patched base greet'
print(c.greet())
Child.greet = lambda self: 'child greet'
print(c.greet())
del Child.greet
print(c.greet())
class Other:
    def greet(self):
        return 'other greet'
Child.__bases__ = (Other,)
print(c.greet(), [k.__name__ for k in Child.__mro__])
def add_method(cls):
    def extra(self): return 'extra from ' + cls.__name__
    cls.extra = extra
add_method(Other)
print(c.extra())
