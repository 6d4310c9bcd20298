import types
ns = types.SimpleNamespace(a=1, b='x')
print(repr(ns), ns == types.SimpleNamespace(a=1,b='x'), types.SimpleNamespace.__module__, types.SimpleNamespace.__qualname__)
ns.c = ns; print(ns)
try: types.SimpleNamespace(1,2)
except TypeError as e: print(e)
class N(types.SimpleNamespace): pass
print(N(a=1), N(a=1) == types.SimpleNamespace(a=1))
print(types.SimpleNamespace() , types.SimpleNamespace(x=[1]).__dict__)
print(types.resolve_bases((int,)), types.prepare_class('Y', (int,)))
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {'pre': 1}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
Z = types.new_class('Z', (), {'metaclass': Meta, 'flag': True})
print(type(Z).__name__, Z.pre)
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
m = types.ModuleType('mod', 'doc')
print(m, m.__doc__, m.__name__)
def gen(): yield 1
print(isinstance(gen(), types.GeneratorType), types.MappingProxyType({'a': 1})['a'])
print(types.NoneType, types.EllipsisType, types.NotImplementedType)
class C:
    def meth(self): return 42
print(types.MethodType(C.meth, C())())
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(e.__traceback__.tb_frame, types.FrameType))
class B: pass
class Entry:
    def __mro_entries__(self, bases): return (B,)
print(types.resolve_bases((Entry(), int)))
class D:
    @types.DynamicClassAttribute
    def name(self): return 'inst'
print(D().name)
try: D.name
except AttributeError: print("AttributeError on class")
@types.coroutine
def gcoro():
    yield 5
print(list(gcoro()))
