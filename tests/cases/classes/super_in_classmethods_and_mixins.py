# super() with classmethods, staticmethods and mixins
class Loggable:
    def log(self, msg):
        return f'[{type(self).__name__}] {msg}'
class Base:
    @classmethod
    def create(cls, *args):
        return cls(*args)
    def __init__(self, v):
        self.v = v
class Derived(Loggable, Base):
    @classmethod
    def create(cls, *args):
        obj = super().create(*args)
        obj.created_by = 'Derived.create'
        return obj
    def __init__(self, v):
        super().__init__(v * 2)
d = Derived.create(5)
print(d.v, d.created_by, d.log('hello'))
print([k.__name__ for k in Derived.__mro__])
class A:
    def m(self):
        return ['A']
class B(A):
    def m(self):
        return ['B'] + super().m()
class C(A):
    def m(self):
        return ['C'] + super().m()
class D(B, C):
    def m(self):
        return ['D'] + super().m()
print(D().m(), super(B, D()).m())
