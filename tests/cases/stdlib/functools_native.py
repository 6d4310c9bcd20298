# _functools: reduce, partial, cmp_to_key (the native half of functools)
from _functools import reduce, partial, cmp_to_key
import _functools
def f(*a, **k):
    return a, k
p = partial(f, 1, x=2)
print(repr(p) == 'functools.partial(%r, 1, x=2)' % (f,), p.func is f, p.args, p.keywords, p(3, y=4), p(x=5))
q = partial(p, 5, x=3)
print(q.args, q.keywords, q.func is f, q())
class P(partial):
    pass
pp = P(f, 1)
print(repr(pp) == 'P(%r, 1)' % (f,), pp(2), type(pp).__name__, P(pp, 3).args)
print(repr(partial(len)), partial(len)('abc'), partial(int, base=2)('101'), partial(max, key=len)(['a', 'bbb', 'cc']))
p.attr = 'set'
print(p.attr, p.__dict__, type(p).__module__, partial.__name__)
r = p.__reduce__()
print(r[0] is partial, r[1] == (f,), r[2][1:3])
p2 = partial(len)
p2.__setstate__((f, (7,), {'z': 1}, None))
print(p2(), p2.args)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0), reduce(max, [], 'init'))
print(reduce(lambda acc, c: c + acc, 'abc'))
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=K), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) != K(1), K(5) > K(4), K(1) >= K(2), K(7).obj, type(K).__name__, type(K(1)).__name__)
print(min([5, 3, 9], key=cmp_to_key(lambda a, b: b - a)))
def show(label, fn):
    try:
        print(label, '->', fn())
    except Exception as ex:
        print(label, '!!', type(ex).__name__, ex)
show('partial()', lambda: partial())
show('partial(1)', lambda: partial(1))
show('set func', lambda: setattr(p, 'func', len))
show('reduce 1 arg', lambda: reduce(len))
show('reduce empty', lambda: reduce(lambda a, b: a, []))
show('reduce kw', lambda: reduce(function=len, sequence=[]))
show('reduce not iterable', lambda: reduce(len, 5))
show('K vs int', lambda: K(1) < 3)
show('K()', lambda: K())
show('cmp_to_key()', lambda: cmp_to_key())
show('partial call error', lambda: partial(len, 1, 2)())
