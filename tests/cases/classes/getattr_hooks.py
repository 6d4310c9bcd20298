# __getattr__ vs __getattribute__
class Lazy:
    def __init__(self):
        self.real = 'real value'
    def __getattr__(self, name):
        if name.startswith('computed_'):
            return name.upper()
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
l = Lazy()
print(l.real, l.computed_x, getattr(l, 'computed_y'), hasattr(l, 'other'))
try:
    l.other
except AttributeError as e:
    print(e)
class Tracing:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('getattribute', name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f'fallback {name}'
t = Tracing()
print(t.a)
print(t.missing)
class Setter:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print('delattr', name)
        super().__delattr__(name)
s = Setter()
s.x = 'hello'
print(s.x)
del s.x
print(hasattr(s, 'x'))
