# The gc module: generations, thresholds, counts, stats, callbacks, DEBUG_SAVEALL, referrers, is_tracked, freeze
import gc
class A: pass
a=A()
print(gc.is_tracked(0), gc.is_tracked('a'), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a':1}), gc.is_tracked({'a':[]}), gc.is_tracked(a), gc.is_tracked(A), gc.is_tracked(lambda:0), gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked(1.5), gc.is_tracked(b'x'), gc.is_tracked(range(3)), gc.is_tracked(iter([])))
t = tuple([1, 2]); u = tuple([1, []])
print(gc.is_tracked(t), gc.is_tracked(u))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u), gc.get_count(), gc.get_threshold(), sorted(gc.get_stats()[2].keys()), gc.is_finalized(a))
print(gc.collect(0), gc.collect(1), gc.collect(generation=2))
for g in (3, -1):
    try: gc.collect(g)
    except ValueError as e: print(e)
for g in (3, -1):
    try: gc.get_objects(g)
    except ValueError as e: print(e)
print(len(gc.garbage), gc.get_debug(), gc.DEBUG_SAVEALL, gc.DEBUG_LEAK, gc.get_freeze_count())
print(sorted(n for n in dir(gc) if not n.startswith('_')))
events = []
def cb(phase, info):
    events.append((phase, info['generation'], info['collected'] if phase == 'stop' else None))
gc.callbacks.append(cb)
class Node:
    def __init__(self): self.other = None
x = Node(); y = Node(); x.other = y; y.other = x
del x, y
n = gc.collect()
gc.callbacks.remove(cb)
print(n, events)
holder = [1, 2]
class H: pass
h = H(); h.ref = holder
refs = gc.get_referrers(holder)
print(any(r is h.__dict__ or r is h for r in refs), type(gc.get_referents(h)[0]).__name__)
gc.set_debug(gc.DEBUG_SAVEALL)
x = Node(); y = Node(); x.other = y; y.other = x
del x, y
print(gc.collect() >= 2, len(gc.garbage) >= 2, sorted({type(o).__name__ for o in gc.garbage}))
gc.set_debug(0)
gc.garbage.clear()
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
try: gc.set_threshold()
except TypeError as e: print(e)
gc.freeze(); print(gc.get_freeze_count() > 0); gc.unfreeze(); print(gc.get_freeze_count())
objs = gc.get_objects()
print(any(o is holder for o in objs), isinstance(objs, list))
class D:
    def __del__(self): pass
d = D()
print(gc.is_finalized(d))
