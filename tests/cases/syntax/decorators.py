# decorator application order and forms
def trace(tag):
    def deco(fn):
        print('decorating', fn.__name__, 'with', tag)
        def wrapper(*a, **k):
            print('call', tag)
            return fn(*a, **k)
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@trace('outer')
@trace('inner')
def hello(n):
    return 'hello ' * n
print(hello(2))
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a(): pass
@register
class B: pass
print(registry)
decos = [trace('list')]
@decos[0]
def c(): return 'c'
print(c())
@(lambda f: f())
def value():
    return 'called at definition'
print(value)
def class_deco(cls):
    cls.tag = 'tagged'
    return cls
@class_deco
class D: pass
print(D.tag)
