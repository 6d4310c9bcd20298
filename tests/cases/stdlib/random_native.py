# _random: CPython's Mersenne Twister, bit for bit; _sha512
import _random
r = _random.Random(42)
print(r.random(), r.random(), r.getrandbits(8), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100), r.getrandbits(0))
for seed in [0, 1, -1, 2 ** 32, 2 ** 32 - 1, 2 ** 100 + 7, -(10 ** 30), 123456789, True]:
    r.seed(seed)
    print(seed, r.random(), r.getrandbits(64))
for seed in ['', 'hello', 'ünïcode', (1, 2)]:
    r = _random.Random(seed)
    print(repr(seed), r.random())
r = _random.Random(7)
s = r.getstate()
print(len(s), s[-1], s[0], type(s).__name__)
a = [r.random() for _ in range(3)]
r.setstate(s)
print(a == [r.random() for _ in range(3)])
r2 = _random.Random(7)
r2.setstate(r.getstate())
print(r2.random() == r.random(), sum(r.getrandbits(32) for _ in range(1000)))
class Sub(_random.Random):
    def __init__(self, x=None):
        self.extra = 'yes'
        self.seed(x)
s = Sub(5)
print(s.random(), s.extra, isinstance(s, _random.Random), type(_random.Random()).__name__)
print(_random.Random(2.5).random(), _random.Random(2 ** 64).random())
def show(label, f):
    try:
        print(label, '->', f())
    except Exception as ex:
        print(label, '!!', type(ex).__name__, ex)
show('bits neg', lambda: r.getrandbits(-1))
show('bits float', lambda: r.getrandbits(1.5))
show('setstate list', lambda: r.setstate([1]))
show('setstate short', lambda: r.setstate((1, 2)))
show('setstate index', lambda: r.setstate((0,) * 624 + (625,)))
show('Random kw', lambda: _random.Random(x=1))
show('Random 2', lambda: _random.Random(1, 2))
