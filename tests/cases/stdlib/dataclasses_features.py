import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY, asdict, astuple, fields, replace, make_dataclass, FrozenInstanceError
from typing import ClassVar, List
@dataclass
class P:
    x: int
    y: 'list[int]' = field(default_factory=list)
    z: InitVar[int] = 3
    cv: ClassVar[int] = 10
    def __post_init__(self, z): self.total = self.x + z
p = P(1)
print(p, p.total, P.__doc__, fields(P)[0].name, [f.name for f in fields(P)], P.cv, P.__match_args__)
print(repr(fields(P)[1])[:60], P.__init__.__qualname__, P.__repr__.__qualname__, P.__eq__.__qualname__)
print(P.__init__.__annotations__)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K.__match_args__)
try: K(1)
except TypeError as e: print(e)
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int = 0
    c: str = 'c'
print(K2(1, c='x'), K2.__doc__)
@dataclass(order=True, unsafe_hash=True)
class O:
    a: int
    b: str = field(default='z', compare=False)
print(O(1) < O(2), O(1, 'q') == O(1, 'r'), hash(O(1)) == hash(O(1, 'k')), sorted([O(3), O(1)]))
@dataclass(frozen=True)
class F:
    a: int
try: F(1).a = 2
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del F(1).a
except FrozenInstanceError as e: print(e)
print(hash(F(3)) == hash((3,)), F(3) == F(3))
@dataclass
class Rec:
    items: list
    child: 'Rec' = None
r = Rec([1], Rec([2]))
print(asdict(r), astuple(r))
print(r)
r.child = r
print(r)
M = make_dataclass('M', [('a', int), 'c', ('b', str, field(default='q'))], namespace={'hi': lambda self: 'hi'})
print(M(1, c=3), M(1, c=3).hi(), [f.type for f in fields(M)])
try: replace(p, x=5)
except ValueError as e: print(e)
print(replace(p, x=5, z=1).total)
try: fields(1)
except TypeError as e: print(e)
try: asdict(P)
except TypeError as e: print(e)
try:
    @dataclass
    class BadF:
        a: int = field(default=1, default_factory=list)
except ValueError as e: print(e)
try:
    @dataclass(order=True)
    class BadO:
        a: int
        def __lt__(self, o): return True
except TypeError as e: print(e)
@dataclass
class WithEq:
    a: int
    def __eq__(self, o): return True
print(WithEq.__hash__, WithEq(1) == WithEq(2))
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
s = S(1); print(s, S.__slots__, hasattr(s, '__dict__'))
@dataclass
class D2:
    self: int
print(D2(5))
print(dataclasses.is_dataclass(P), dataclasses.is_dataclass(p), dataclasses.MISSING.__class__.__name__, dataclasses.fields(p)[0].default is dataclasses.MISSING)
match P(3, [1]):
    case P(x, y): print("matched", x, y)
