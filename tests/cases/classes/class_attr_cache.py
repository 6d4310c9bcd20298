# Attribute loads on classes (cached per instruction): changes to the class, its bases,
# metaclass attributes and descriptors are all seen.
class Base:
    scale = 1
    def m(self):
        return 'Base.m'
class Config(Base):
    offset = 10
def read(c):
    return c.scale, c.offset, c.m.__qualname__
for i in range(3):
    print(read(Config))
Config.offset = 20
print(read(Config))
Base.scale = 2
print(read(Config))
Config.scale = 3
print(read(Config))
del Config.scale
print(read(Config))
Base.m = lambda self: 'new'
print(read(Config))
class Meta(type):
    @property
    def offset(cls):
        return 'meta-prop'
class WithMeta(Base, metaclass=Meta):
    offset = 'class-attr'
    scale = 5
print(read(WithMeta))
class Desc:
    def __get__(self, obj, owner):
        return ('desc', owner.__name__)
class D(Base):
    offset = Desc()
    scale = classmethod(lambda cls: cls.__name__)
print(D.offset, D.scale(), read(D)[0]())
def name_of(c):
    return c.__name__, c.__doc__, c.__module__
print(name_of(Config), name_of(D))
Config.__name__ = 'Renamed'
print(name_of(Config))
print([read(c)[1] for c in (Config, WithMeta)])
