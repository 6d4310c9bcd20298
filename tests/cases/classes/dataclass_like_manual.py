# a hand-written record class with __eq__, __hash__, __repr__ and ordering
class Record:
    __slots__ = ('name', 'score')
    def __init__(self, name, score):
        self.name = name
        self.score = score
    def __repr__(self):
        return f'Record(name={self.name!r}, score={self.score!r})'
    def _key(self):
        return (self.name, self.score)
    def __eq__(self, other):
        return type(other) is Record and self._key() == other._key()
    def __hash__(self):
        return hash(self._key())
    def __lt__(self, other):
        return (self.score, self.name) < (other.score, other.name)
rs = [Record('b', 2), Record('a', 2), Record('c', 1), Record('a', 2)]
print(sorted(rs))
print(len(set(rs)), rs[1] == rs[3], rs[0] != rs[1], Record('x', 1) == ('x', 1))
print({r: r.score for r in rs})
print(max(rs), min(rs), sorted(rs, key=lambda r: r.name, reverse=True)[0])
