import typing
from typing import Any, Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic, Protocol, NamedTuple, TypedDict, cast, overload, TYPE_CHECKING, get_type_hints, Literal, ClassVar, Final, Annotated, Iterable, Set, Type, get_origin, get_args, runtime_checkable, NewType
print(Any, Optional[int], Union[int, str], Union[int, None], Union[int], List, List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Callable[[int, str], bool], Callable[..., int], Callable)
print(Literal[1, 'a'], ClassVar[int], Final[str], Annotated[int, 'meta'], Iterable[int], Set[int], Type[int], Optional['Foo'])
T = TypeVar('T'); K = TypeVar('K', bound=int); V = TypeVar('V', covariant=True)
print(T, K, V, T.__name__, K.__bound__)
print(Union[int, str] == Union[str, int], List[int] == List[int], Optional[int] == Union[None, int], hash(List[int]) == hash(List[int]))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Callable[[int], str]), get_origin(int), get_args(int))
print(isinstance([], List), isinstance({}, typing.Mapping), issubclass(list, typing.Sequence), isinstance(1, Union[int, str]))
try: isinstance([], List[int])
except TypeError as e: print(e)
try: isinstance(1, Any)
except TypeError as e: print(e)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
print(Box[int], Box[int](3).get(), Box.__parameters__, Box[int].__origin__ is Box)
b = Box[int](5); print(b.__orig_class__)
class Pair(Generic[K, V]): pass
print(Pair[int, str])
try: Pair[int]
except TypeError as e: print(e)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
class P2(Protocol):
    def meth(self): ...
try: isinstance(F(), P2)
except TypeError as e: print(e)
try: P2()
except TypeError as e: print(e)
class Emp(NamedTuple):
    name: str
    id: int = 3
    def hello(self): return "hi " + self.name
e = Emp('bob'); print(e, e.hello(), Emp._fields, Emp.__annotations__, Emp._field_defaults, isinstance(e, tuple))
E2 = NamedTuple('E2', [('a', int), ('b', str)]); print(E2(1, 'x'), E2.__annotations__)
class Movie(TypedDict, total=False):
    title: str
    year: int
m = Movie(title='x', year=1); print(m, type(m), Movie.__annotations__, Movie.__total__, sorted(Movie.__optional_keys__))
TD2 = TypedDict('TD2', {'a': int}); print(TD2(a=1), TD2.__required_keys__)
print(cast(int, 'x'), TYPE_CHECKING)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(1))
class A:
    x: int
    y: 'List[int]'
    z: Optional[str] = None
def g(a: 'A', b: int = 1) -> None: pass
print(get_type_hints(A), get_type_hints(g))
UserId = NewType('UserId', int); print(UserId(5), UserId, UserId.__supertype__)
print(int | str, Optional[int] | None, List[int] | None)
print(typing.Sequence[int], typing.Mapping[str, int], typing.DefaultDict[str, int], typing.Counter[str])
def h(x: list[int]) -> dict[str, int]: pass
print(get_type_hints(h))
