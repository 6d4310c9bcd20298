# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f'{pos} out of range')
        return self.cells.get(pos, '.')
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __delitem__(self, pos):
        del self.cells[pos]
    def __contains__(self, v):
        return v in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield ''.join(self[x, y] for x in range(self.w))
g = Grid(3, 2)
g[1, 0] = '#'
g[2, 1] = '@'
print(len(g), g[1, 0], '#' in g, 'x' in g)
print(list(g))
del g[1, 0]
print(list(g), bool(g))
try:
    g[5, 5]
except IndexError as e:
    print(e)
try:
    del g[0, 0]
except KeyError as e:
    print('KeyError', e)
class NoContains:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in NoContains(), 5 in NoContains())
