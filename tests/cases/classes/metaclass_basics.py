# metaclasses: __new__, __init__, __call__, __prepare__
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.registered = True
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print('Meta.__call__', cls.__name__, args)
        return super().__call__(*args)
class Base(metaclass=Meta, flag=1):
    x = 1
    def __init__(self, v):
        self.v = v
class Derived(Base):
    y = 2
d = Derived(5)
print(d.v, Derived.registered, type(Derived).__name__, isinstance(Derived, Meta))
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print('prepare', name)
        return {'injected': 'by prepare'}
class UsesPrepare(metaclass=Ordered):
    pass
print(UsesPrepare.injected)
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
