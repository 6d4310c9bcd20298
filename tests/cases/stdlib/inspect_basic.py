import abc
import inspect
import sys
import types


class Base:
    """Base docstring.

        Indented more.
    Back.
    """
    attr = 1

    def method(self):
        """Method doc."""

    @property
    def prop(self):
        """Prop doc."""
        return 2

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass


class Child(Base):
    def method(self):
        pass

    def _private(self):
        pass


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


def plain():
    pass


obj = Child()
print([name for name, _ in inspect.getmembers(Child) if not name.startswith('__')])
print([name for name, _ in inspect.getmembers(obj, inspect.ismethod)])
print([name for name, _ in inspect.getmembers(Child, inspect.isfunction)])
print(inspect.getmembers(obj, lambda v: v == 1))
print([name for name, _ in inspect.getmembers(types.SimpleNamespace(b=1, a=2)) if not name.startswith('__')])


class Weird:
    def __getattr__(self, name):
        raise AttributeError(name)

    @property
    def broken(self):
        raise AttributeError('nope')

    ok = 5


print([n for n, v in inspect.getmembers(Weird()) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Weird) if not n.startswith('__')])
print([(n, type(v).__name__) for n, v in inspect.getmembers_static(Child) if not n.startswith('__')])


class Meta(type):
    def meta_method(cls):
        pass


class WithMeta(metaclass=Meta):
    x = 1


print([n for n, v in inspect.getmembers(WithMeta) if not n.startswith('__')])

mod = types.ModuleType('fake')
mod.b = 1
mod.a = Base
print(inspect.getmembers(mod, inspect.isclass))

for value in (Base, obj, Child.method, obj.method, len, [].append, str.upper, gen, gen(), coro,
              agen, plain, lambda: 0, inspect, Base.__dict__['prop'], int.real, object().__str__,
              Base.cm, Base.sm, types.SimpleNamespace, 3):
    flags = [inspect.isclass(value), inspect.ismodule(value), inspect.isfunction(value),
             inspect.ismethod(value), inspect.isbuiltin(value), inspect.isroutine(value),
             inspect.isgenerator(value), inspect.isgeneratorfunction(value),
             inspect.iscoroutinefunction(value), inspect.isasyncgenfunction(value),
             inspect.isdatadescriptor(value), inspect.ismethoddescriptor(value),
             inspect.isabstract(value)]
    print(''.join('1' if f else '0' for f in flags))
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
print(inspect.isgeneratorfunction(obj.method), inspect.iscoroutinefunction(Child))


class AbstractThing(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


class Concrete(AbstractThing):
    def run(self):
        pass


print(inspect.isabstract(AbstractThing), inspect.isabstract(Concrete), inspect.isabstract(abc.ABC))
print(inspect.getmro(Child) == (Child, Base, object), inspect.getmro(bool))
print(inspect.getmodule(Base) is sys.modules[__name__], inspect.getmodule(inspect.signature) is inspect)
print(inspect.getmodule(inspect) is inspect, inspect.getmodule(len), inspect.getmodule(3))

print(repr(inspect.getdoc(Base)))
print(repr(inspect.getdoc(Child)), repr(inspect.getdoc(Child.method)), repr(inspect.getdoc(obj.method)))
print(repr(inspect.getdoc(Base.__dict__['prop'])), repr(inspect.getdoc(plain)))
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')))
print(repr(inspect.cleandoc('\n\n  a\n\tb\n  c')))
print(repr(inspect.cleandoc('')))


class Shadow:
    x = 'class'

    def __getattr__(self, name):
        return 'dynamic'

    @property
    def p(self):
        return 'computed'


s = Shadow()
s.__dict__['y'] = 'instance'
print(inspect.getattr_static(s, 'x'), inspect.getattr_static(s, 'y'))
print(type(inspect.getattr_static(s, 'p')).__name__, inspect.getattr_static(s, 'missing', 'default'))
try:
    inspect.getattr_static(s, 'missing')
except AttributeError as e:
    print('AttributeError', e)
print(inspect.getattr_static(Shadow, 'x'), type(inspect.getattr_static(Base, 'cm')).__name__)
print(inspect.getattr_static(Base, '__name__') == type.__dict__['__name__'])


def outer():
    pass


def wrap(f):
    def w():
        return f()
    w.__wrapped__ = f
    return w


print(inspect.unwrap(wrap(wrap(outer))) is outer)
a = wrap(outer)
a.__wrapped__ = a
try:
    inspect.unwrap(a)
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_VARARGS)
