# PEP 442 in the cycle collector: finalisers run on intact objects, resurrection, generators in cycles, identity kept by __del__'s object
import gc
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print('del', self.name, self.peer.name if self.peer else None)
        if self.name == 'p1':
            saved.append(self)
a, b = Phoenix('p1'), Phoenix('p2')
a.peer, b.peer = b, a
del a, b
print('collected', gc.collect())
print('saved', [p.name for p in saved], saved[0].peer.name, gc.is_finalized(saved[0]))
saved.clear()
print('second collect', gc.collect())
def gen(box):
    try:
        yield 1
        yield 2
    finally:
        print('gen finally', len(box))
box = []
g = gen(box)
box.append(g)
next(g)
del g, box
print('collected gen', gc.collect())
class Self:
    def __del__(self):
        print('self-cycle del', self.me is self)
s = Self(); s.me = s
sid = id(s)
del s
print(gc.collect())
print(gc.garbage)
