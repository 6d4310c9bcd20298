# Generations: a young cycle dies in a generation-0 collection; one that survived a full
# collection lives in the oldest generation until a full collection sees it.
import gc
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
def cycle(name):
    a, b = Node(name + 'a'), Node(name + 'b')
    a.peer, b.peer = b, a
    return a
gc.collect()
young = cycle('young')
del young
print('gen0 collects the young cycle:', gc.collect(0))
old = cycle('old')
gc.collect()
del old
print('gen0 misses the old cycle:', gc.collect(0))
print('gen1 misses it too:', gc.collect(1))
print('full collection finds it:', gc.collect(2))
gc.enable()
# automatic collections keep a program making cycles bounded
import weakref
alive = []
for i in range(30000):
    n = cycle(str(i))
    if i % 10000 == 0:
        alive.append(weakref.ref(n))
    del n
gc.collect()
print('all collected:', [r() for r in alive])
print(gc.get_count()[1:] == (0, 0))
