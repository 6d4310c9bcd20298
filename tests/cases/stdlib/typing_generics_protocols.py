from typing import *
import typing
T = TypeVar('T'); U = TypeVar('U', int, str); N = TypeVar('N', bound='Node')
P = ParamSpec('P')
print(T, U.__constraints__, N.__bound__, P, P.args, P.kwargs, typing.AnyStr)
print(Callable[P, int], Callable[Concatenate[int, P], str], Callable[[], None])
print(List[T][int], Dict[str, T][List[int]], Tuple[T, ...][int], Optional[T][str], Union[T, int][str])
class Node(Generic[T]):
    def __init__(self, val: T, nxt: 'Optional[Node[T]]' = None): self.val, self.nxt = val, nxt
print(Node[int], Node[int].__args__, get_type_hints(Node.__init__))
class Pair(Node[T], Generic[T, U]): pass
print(Pair.__parameters__, Pair[int, str], Pair.__mro__[1].__name__, Pair.__orig_bases__)
try:
    class Bad(Generic[T], Generic[U]): pass
except TypeError as e: print(e)
try: Generic[int]
except TypeError as e: print(e)
try: Generic[T, T]
except TypeError as e: print(e)
class Proto(Protocol):
    x: int
    def meth(self) -> int: ...
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(1, HasLen), issubclass(dict, HasLen), isinstance('a', typing.Sized), isinstance(1, typing.SupportsInt), isinstance('x', typing.SupportsInt))
class Impl:
    x = 1
    def meth(self): return 1
try: isinstance(Impl(), Proto)
except TypeError as e: print(e)
print(Literal['a', 1] == Literal[1, 'a'], Literal[1, 1, 2], get_args(Literal[1, 2]), get_origin(Literal[1]))
print(Annotated[int, 'x'], get_args(Annotated[List[int], 'm']), get_origin(Annotated[int, 'x']) is Annotated)
class A:
    a: Annotated[int, 'meta']
    b: ClassVar[int] = 3
    c: Final = 5
    d: 'Literal["x"]'
print(get_type_hints(A), get_type_hints(A, include_extras=True)['a'])
def f(x: int, *args: str, y: 'List[int]' = None, **kw: float) -> Dict[str, Any]: ...
print(get_type_hints(f))
print(typing.Hashable, typing.Sized, typing.Iterable, typing.AbstractSet[int], typing.Type[int], typing.Generator[int, None, None], typing.Coroutine)
print(Union[int, str] | None, Optional[Union[int, str]], Union[int, Union[str, float]], Union[int, List[int]].__args__)
print(typing.NoReturn, typing.Never, typing.Self, typing.LiteralString, typing.TypeAlias, typing.TypeGuard[int])
try: Union[()]
except TypeError as e: print(e)
try: typing.Any()
except TypeError as e: print(e)
class SubAny(Any): pass
print(SubAny.__mro__[1], isinstance(SubAny(), Any) if False else '')
print(typing.get_origin(typing.Callable[[int], str]), typing.get_origin(list[int]), typing.get_args(dict[str, int]), get_args(int | str))
print(List.__name__ if hasattr(List, '__name__') else '-', Dict._name, typing.Callable.__origin__)
@typing.final
class Fin: pass
print(Fin.__final__, typing.assert_type(5, int), typing.is_typeddict(dict))
class TD(TypedDict):
    a: int
    b: Required[str]
class TD2(TD, total=False):
    c: NotRequired[int]
    d: float
print(sorted(TD2.__required_keys__), sorted(TD2.__optional_keys__), TD2.__total__, TD2(a=1, b='x'), typing.is_typeddict(TD2))
try: isinstance({}, TD)
except TypeError as e: print(e)
class NT(NamedTuple):
    x: int
    y: List[int] = []
print(NT(1), NT._field_defaults, NT.__annotations__)
try:
    class NT2(NamedTuple):
        x: int = 1
        y: int
except TypeError as e: print(e)
UserId = NewType('UserId', int)
try:
    class Derived(UserId): pass
except TypeError as e: print(e)
print(UserId.__name__, UserId.__qualname__, UserId | None)
print(typing.cast('List[int]', 3), typing.TYPE_CHECKING, typing.Text)
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(len(typing.get_overloads(g)))
try: g.__wrapped__ if False else typing._overload_dummy()
except NotImplementedError as e: print(str(e)[:40])
