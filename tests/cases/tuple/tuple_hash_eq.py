# hashing and equality of tuples
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1.0, 2.0), hash((1, 2)) == hash((1.0, 2.0)))
d = {(1, 'a'): 'x', (2, 'b'): 'y'}
print(d[(1, 'a')], d[1, 'a'], (2, 'b') in d)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
try:
    {(1, [2]): 0}
except TypeError as e:
    print(e)
print(len({(1, 2), (1, 2), (2, 1)}))
print(hash(()), hash((0,)), hash((1, 2, 3)), hash(('a',)) == hash(('a',)))
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, Key) and o.v == self.v
print((Key(1), 2) == (Key(1), 2), hash((Key(1),)) == hash((Key(1),)))
