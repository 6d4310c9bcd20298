# sum()
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(101)), sum([0.1] * 10))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1, 2.5, True]), sum([1j, 2]))
print(sum([2 ** 64, 2 ** 64, -1]), sum(x * x for x in range(5)), sum([], start=0.0))
print(sum([1e100, 1.0, -1e100, 1.0]), sum([0.1, 0.2, 0.3]))
for call in [lambda: sum(['a', 'b'], ''), lambda: sum([b'a'], b''), lambda: sum([bytearray(b'a')], bytearray()),
             lambda: sum(['a']), lambda: sum(5), lambda: sum([1], 'x')]:
    try:
        print(call())
    except TypeError as e:
        print(e)
class Vec:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Vec(self.v + (o.v if isinstance(o, Vec) else o))
    def __radd__(self, o): return Vec(self.v + o)
print(sum([Vec(1), Vec(2)]).v, sum([Vec(1)], Vec(10)).v)
