# user-defined __eq__ / __hash__ keys
class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        print(f'eq {self.name} {other.name}')
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return f'Key({self.name})'
a, b, c = Key('a', 1), Key('b', 1), Key('a', 1)
d = {a: 'A'}
d[b] = 'B'
print(d)
print(d[c])
print(Key('z', 2) in d)
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print(e)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
class BadHash:
    def __hash__(self):
        return 'x'
try:
    {BadHash(): 1}
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
