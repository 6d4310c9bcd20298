# rich comparisons and total ordering by hand
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
    def __eq__(self, o):
        return isinstance(o, Version) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
vs = [Version(s) for s in ['1.10', '1.2', '1.2.1', '0.9']]
print(sorted(vs), max(vs), min(vs))
a, b = Version('1.0'), Version('2.0')
print(a < b, a > b, a <= b, a >= b, a == Version('1.0'), a != b)
class OnlyEq:
    def __eq__(self, o):
        return True
try:
    OnlyEq() < OnlyEq()
except TypeError as e:
    print(e)
print(OnlyEq() != OnlyEq(), OnlyEq() == 5)
class Weird:
    def __lt__(self, o):
        return 'truthy string'
print(Weird() < Weird(), Weird() > Weird())
