# methods see module globals, not class attributes; nested classes are separate scopes
size = 'global size'
class Outer:
    size = 'Outer size'
    def method(self):
        return size
    class Inner:
        def method(self):
            return size
        try:
            ref = Outer
        except NameError as e:
            ref = str(e)
print(Outer().method(), Outer.Inner().method(), Outer.Inner.ref)
def factory():
    size = 'factory size'
    class Local:
        def method(self):
            return size
        seen = size
    return Local
L = factory()
print(L().method(), L.seen)
