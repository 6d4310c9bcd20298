# membership uses hash then equality
print(1 in {1.0}, 1.0 in {True}, 'a' in set('abc'), (1, 2) in {(1, 2)})
print(len({1, 1.0, True}), {1, 1.0, True}, {1.0, 1}, {True, 1})
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return 0
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f'H({self.v})'
s = {H(1), H(2), H(1)}
print(len(s), H(2) in s, H(3) in s)
try:
    [] in {1}
except TypeError as e:
    print(e)
print({1} in {frozenset({1})}, set() in {frozenset()})
n = float('nan')
print(n in {n}, float('nan') in {float('nan')})
print(set([1, 2, 2, 3, 3, 3]), frozenset('aabbcc') == frozenset('abc'))
