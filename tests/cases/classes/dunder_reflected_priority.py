# a subclass's reflected method runs first
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print(f'{type(self).__name__}.__add__')
        return NotImplemented if not isinstance(o, Num) else type(self)(self.v + o.v)
    def __radd__(self, o):
        print(f'{type(self).__name__}.__radd__')
        return type(self)(self.v + (o.v if isinstance(o, Num) else o))
    def __repr__(self): return f'{type(self).__name__}({self.v})'
class Sub(Num):
    def __radd__(self, o):
        print('Sub.__radd__ (override)')
        return Sub(self.v + o.v + 1000)
print(Num(1) + Num(2))
print(Num(1) + Sub(2))
print(Sub(1) + Num(2))
print(5 + Num(1))
class Both:
    def __eq__(self, o):
        print('Both.__eq__')
        return NotImplemented
print(Both() == Both())
print(Both() != 1)
