# operator: function forms of the operators, getters, errors
import operator as op
import _operator
print(op is _operator, op.add(2, 3), op.sub(2, 3), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3), op.pow(2, 10))
print(op.lshift(1, 5), op.rshift(64, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.neg(5), op.pos(-5), op.invert(5), op.inv(0), op.abs(-2.5))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne('a', 'a'), op.gt(3, 1), op.ge([1], [1, 0]))
print(op.not_(0), op.truth('x'), op.is_(None, None), op.is_not(1, None), op.index(7), op.contains('abc', 'b'))
l = [1, 2, 3]
op.setitem(l, 0, 'x'); op.delitem(l, 1); print(l, op.getitem(l, -1), op.getitem('hello', slice(1, 3)))
a = [1]; b = op.iadd(a, [2]); print(a, b is a, op.iadd(1, 2), op.imul([0], 3), op.ipow(2, 5), op.ior({1}, {2}), op.iconcat([1], (2,)))
print(op.concat([1], [2]), op.concat('a', 'b'), op.countOf([1, 1.0, True, 2], 1), op.indexOf('abc', 'c'))
print(op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(5), op.length_hint(5, 9), op.call(max, 3, 4, key=lambda x: -x))
print(op.__add__ is op.add, op.__not__ is op.not_, op.__and__(6, 3), op.__index__(True), 'add' in op.__all__)
g = op.itemgetter(1)
print(g, g('abc'), op.itemgetter(0, 2)('abc'), op.itemgetter('k')({'k': 'v'}), op.itemgetter(slice(2))([5, 6, 7]))
class P:
    def __init__(self, x): self.x = x; self.child = self if x < 0 else None
    def m(self, a, b=0): return (self.x, a, b)
ag = op.attrgetter('x')
print(ag, ag(P(3)), op.attrgetter('x', 'child.x')(P(-1)), op.attrgetter('real', 'imag')(5))
mc = op.methodcaller('m', 1, b=2)
print(mc, mc(P(9)), op.methodcaller('upper')('abc'), op.methodcaller('split', ',')('a,b'))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=op.itemgetter(0)), sorted(['bb', 'a', 'ccc'], key=op.methodcaller('__len__')))
print(type(g).__name__, type(g).__module__, g == op.itemgetter(1))
def show(label, f):
    try:
        print(label, '->', f())
    except Exception as ex:
        print(label, '!!', type(ex).__name__, ex)
show('add 1', lambda: op.add(1))
show('add str int', lambda: op.add('a', 1))
show('itemgetter()', lambda: op.itemgetter())
show('itemgetter call', lambda: op.itemgetter(1)())
show('itemgetter kw', lambda: op.itemgetter(1)(x=1))
show('itemgetter index', lambda: op.itemgetter(5)([]))
show('attrgetter int', lambda: op.attrgetter(1))
show('attrgetter missing', lambda: op.attrgetter('a.b')(1))
show('methodcaller()', lambda: op.methodcaller())
show('methodcaller int', lambda: op.methodcaller(1))
show('methodcaller missing', lambda: op.methodcaller('nope')(1))
show('length_hint str', lambda: op.length_hint(1, 'a'))
show('concat int', lambda: op.concat(1, 2))
show('concat mixed', lambda: op.concat([1], (2,)))
show('indexOf', lambda: op.indexOf([1, 2], 3))
show('index float', lambda: op.index(1.5))
show('setitem 2', lambda: op.setitem({}, 1))
show('matmul', lambda: op.matmul(1, 2))
show('neg str', lambda: op.neg('a'))
show('not_ kw', lambda: op.not_(a=1))
