# attributes of function objects
def outer():
    def inner(a, b=1, *c, d, **e):
        """inner doc"""
        x = 1
        return x
    return inner
f = outer()
print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
code = f.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames)
print(code.co_flags & 0x04 != 0, code.co_flags & 0x08 != 0)
f.custom = 'attr'
print(f.custom, f.__dict__)
f.__name__ = 'renamed'
print(f.__name__, f.__qualname__)
try:
    f.__name__ = 5
except TypeError as e:
    print(e)
print(type(f).__name__, callable(f))
print(f.__defaults__, f.__kwdefaults__)
print(outer.__globals__ is globals())
def gen(): yield
print(gen.__code__.co_flags & 0x20 != 0)
print(len.__name__, len.__qualname__, type(len).__name__)
print([].append.__name__, type([].append).__name__)
