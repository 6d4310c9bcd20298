# mutating set methods
s = {1, 2}
s.add(3)
s.add(1)
s.update([4, 5], (6,))
print(s, len(s))
s.remove(6)
s.discard(6)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print('KeyError', e)
p = s.pop()
print(p, s)
s.intersection_update({2, 3, 4, 99})
print(s)
s.difference_update([3])
print(s)
s.symmetric_difference_update({4, 7})
print(s)
t = s.copy()
t.add('new')
print(s, len(t))
s.clear()
print(s, set(), frozenset())
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    frozenset().add(1)
except AttributeError as e:
    print(e)
fs = frozenset([1, 2])
print(fs.union({3}), fs.copy() is fs, {fs: 'hashable'})
