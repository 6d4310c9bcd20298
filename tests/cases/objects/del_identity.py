# __del__ sees the object's own id(), hash and repr, for plain drops and cycles
import gc
ids = {}
class A:
    def __init__(self, name):
        self.name = name
        ids[name] = id(self)
    def __del__(self):
        print('del', self.name, id(self) == ids[self.name], hash(self) == ids[self.name] >> 4 or hash(self) == hash(ids[self.name] >> 4), repr(self) == '<__main__.A object at %#x>' % ids[self.name])
a = A('plain')
del a
b = A('cycle'); c = A('cycle2'); b.peer = c; c.peer = b
del b, c
print('collect', gc.collect())
saved = []
class R:
    def __del__(self):
        print('resurrect', id(self) == rid)
        saved.append(self)
r = R(); rid = id(r)
del r
print(len(saved), id(saved[0]) == rid, gc.is_finalized(saved[0]))
saved.clear()
print('end')
