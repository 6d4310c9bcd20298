import abc
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, abstractstaticmethod
class Base(ABC):
    @abstractmethod
    def f(self): ...
class Reg: pass
Base.register(Reg)
print(issubclass(Reg, Base), isinstance(Reg(), Base), Base.__subclasses__(), abc.get_cache_token() > 0)
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook))
class Old(ABC):
    @abstractproperty
    def p(self): ...
    @abstractclassmethod
    def c(cls): ...
    @abstractstaticmethod
    def s(): ...
print(sorted(Old.__abstractmethods__))
try: Old()
except TypeError as e: print(e)
try: Base.register(1)
except TypeError as e: print(e)
class Sub(Base):
    def f(self): return 'f'
try: Sub.register(Base)
except RuntimeError as e: print(e)
print(Base.register(Sub) is Sub, Sub().f())
try: issubclass(1, Base)
except TypeError as e: print(e)
class M(ABCMeta): pass
class WithM(metaclass=M):
    @abstractmethod
    def g(self): ...
print(type(WithM).__name__, WithM.__abstractmethods__, isinstance(WithM, ABCMeta))
print(abc.ABC.__slots__, type(abc.ABC), abc.ABCMeta.__module__, abc.abstractmethod.__module__)
class P(ABC):
    @property
    @abstractmethod
    def val(self): ...
class Q(P):
    val = 3
print(Q().val, P.val.__isabstractmethod__)
