# class __name__, __qualname__, __module__, __doc__, __dict__ contents
class Outer:
    """Outer doc."""
    class Inner:
        def method(self): pass
    def method(self):
        class InMethod: pass
        return InMethod
print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer().method().__qualname__)
print(sorted(k for k in Outer.__dict__), '__weakref__' in Outer.__dict__)
Outer.__name__ = 'Renamed'
print(Outer.__name__, Outer.__qualname__)
try:
    Outer.__name__ = 5
except TypeError as e:
    print(e)
class NoDoc: pass
print(NoDoc.__doc__, NoDoc.__dict__.get('__doc__', 'missing'))
