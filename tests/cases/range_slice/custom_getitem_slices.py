# objects receiving slices via __getitem__/__setitem__/__delitem__
class Recorder:
    def __init__(self):
        self.data = list(range(10))
    def __getitem__(self, key):
        if isinstance(key, slice):
            print('slice', key.start, key.stop, key.step, key.indices(len(self.data)))
            return self.data[key]
        print('index', key)
        return self.data[key]
    def __setitem__(self, key, value):
        print('set', key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print('del', key)
        del self.data[key]
    def __len__(self):
        return len(self.data)
r = Recorder()
print(r[2], r[-1], r[1:4], r[::-3], r[:])
r[0] = 'zero'
r[1:3] = ['a']
del r[::2]
print(r.data)
class Idx:
    def __index__(self):
        return 3
    def __repr__(self):
        return 'Idx()'
print(r[Idx()], [10, 20, 30, 40][Idx()], [10, 20, 30, 40][:Idx()])
