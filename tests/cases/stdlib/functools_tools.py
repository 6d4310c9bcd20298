import functools
from functools import wraps, partial, reduce, lru_cache, cache, total_ordering, cached_property, singledispatch, cmp_to_key, partialmethod, singledispatchmethod
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        "inner doc"
        return f(*a, **k)
    return inner
@deco
def hello(x: int) -> str:
    "hello doc"
    return f"hi {x}"
print(hello(1), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__annotations__, hello.__qualname__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
p = partial(int, base=2); print(p('101'), p.func, p.args, p.keywords, repr(p))
p2 = partial(p, '111'); print(p2(), p2.func, p2.args)
def f(a, b, c=3): return (a, b, c)
print(partial(f, 1)(2), partial(f, 1, c=9)(2), repr(partial(f, 1, c=9))[:30])
try: partial(1)
except TypeError as e: print(e)
print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 1))
try: reduce(lambda a, b: a, [])
except TypeError as e: print(e)
@lru_cache(maxsize=2)
def sq(x):
    print("compute", x); return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.cache_parameters())
@lru_cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(50), fib.cache_info())
@cache
def fact(n): return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info(), type(fact.cache_info()).__name__)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(3) >= V(2), V.__gt__.__name__)
try:
    @total_ordering
    class Bad: pass
except ValueError as e: print(e)
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1; return 42
c = C(); print(c.val, c.val, c.n, 'val' in c.__dict__, C.val.__class__.__name__)
@singledispatch
def show(x): return f"obj {x}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list {x}"
from collections.abc import Mapping
@show.register(Mapping)
def _(x): return f"mapping {x}"
print(show(1), show(True), show([1]), show({'a': 1}), show('s'), show.dispatch(bool).__name__)
print(sorted(t.__name__ for t in show.registry))
try: show()
except TypeError as e: print(e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class Cell:
    def __init__(self): self.state = None
    def set_state(self, s): self.state = s
    set_alive = partialmethod(set_state, True)
cc = Cell(); cc.set_alive(); print(cc.state)
class Disp:
    @singledispatchmethod
    def go(self, arg): return "default"
    @go.register
    def _(self, arg: int): return "int"
print(Disp().go(1), Disp().go('x'))
print(functools.partial.__module__, repr(functools.partial(print)))
