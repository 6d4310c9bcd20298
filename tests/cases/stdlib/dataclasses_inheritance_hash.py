from dataclasses import dataclass, field, fields, FrozenInstanceError, is_dataclass, replace
import dataclasses
@dataclass
class Base:
    x: int = 1
    y: int = 2
@dataclass
class Derived(Base):
    x: int = 10
    z: int = 3
print(Derived(), [f.name for f in fields(Derived)], Derived.__init__.__annotations__ if False else '')
@dataclass(eq=False)
class NoEq:
    a: int
n = NoEq(1); print(n == NoEq(1), n == n, hash(n) == id(n) // 16 or True)
@dataclass(frozen=True)
class FB:
    a: int
try:
    @dataclass
    class NF(FB):
        b: int = 0
except TypeError as e: print(e)
try:
    @dataclass(frozen=True)
    class FN(Base): pass
except TypeError as e: print(e)
class Desc:
    def __set_name__(self, owner, name): print('set_name', owner.__name__, name); self.name = name
    def __get__(self, obj, owner=None): return 42 if obj is None else obj.__dict__.get('_' + self.name, 7)
    def __set__(self, obj, value): obj.__dict__['_' + self.name] = value
@dataclass
class WithDesc:
    d: int = Desc()
w = WithDesc(); print(w.d, WithDesc(5).d)
try:
    @dataclass
    class NoAnn:
        x = field(default=1)
except TypeError as e: print(e)
@dataclass
class CV:
    from typing import ClassVar
    counter: 'ClassVar[int]' = 0
    val: int = 1
print(fields(CV)[0].name, CV.counter, CV())
@dataclass(repr=False)
class NoRepr:
    a: int
print(type(repr(NoRepr(1))).__name__, 'NoRepr object' in repr(NoRepr(1)))
@dataclass
class Defaults:
    a: list = field(default_factory=lambda: [1, 2])
    b: dict = field(default_factory=dict)
    c: int = field(default=5, init=False)
d1, d2 = Defaults(), Defaults()
print(d1, d1.a is not d2.a, d1.c)
try: Defaults(c=1)
except TypeError as e: print(e)
print(dataclasses.astuple(Defaults()), replace(Defaults(), a=[9]))
try:
    @dataclass
    class Bad2:
        a: int = field(default=1, default_factory=int)
except ValueError as e: print(e)
@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(hash=False, default=None)
print(hash(UH(1)) == hash(UH(1, [2])), UH.__hash__ is not None)
@dataclass
class E:
    __hash__ = object.__hash__
    a: int = 0
print(E.__hash__ is object.__hash__)
print(repr(dataclasses.MISSING)[:30], dataclasses.KW_ONLY.__class__.__name__, Base.__dataclass_params__)
print(Base.__match_args__, Derived.__match_args__, Base.__eq__(Base(), 1))
