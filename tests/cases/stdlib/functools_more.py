from functools import cmp_to_key, partial, reduce, lru_cache, wraps, update_wrapper, total_ordering, singledispatch
k = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=k), k(1) < k(2), k(2) == k(2))
try: hash(k(1)) if False else None
except TypeError as e: print(e)
p = partial(max, 1, key=abs)
print(p(-5), p.func, p.args, p.keywords)
class C:
    f = partial(lambda self, x: (self, x), 'bound?')
print(C().f(1))
@lru_cache(maxsize=None, typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(1), t.cache_info())
def deco(f):
    def w(*a): return f(*a)
    return update_wrapper(w, f, assigned=('__name__',), updated=())
def named(): "doc"
print(deco(named).__name__, deco(named).__doc__, deco(named).__wrapped__ is named)
@singledispatch
def fmt(x): return 'obj'
@fmt.register(int)
@fmt.register(float)
def _(x): return 'num'
@fmt.register
def _(x: list | tuple): return 'seq'
print(fmt(1), fmt(1.5), fmt([]), fmt(()), fmt('s'), fmt(True))
class A: pass
class B(A): pass
@singledispatch
def h(x): return 'base'
@h.register
def _(x: A): return 'A'
print(h(B()), h(A()), h(1))
h.register(B, lambda x: 'B'); print(h(B()))
print(reduce(lambda a, b: a * 10 + b, range(1, 5)), reduce(max, [3, 9, 2], 0))
@lru_cache(maxsize=3)
def sq(n): return n * n
for i in [1, 2, 3, 1, 4, 2, 5]: sq(i)
print(sq.cache_info(), sq.__wrapped__(6), sq.__name__)
