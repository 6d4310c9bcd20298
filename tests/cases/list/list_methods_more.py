# index with bounds, count, copy, and equality-based methods
l = ['a', 'b', 'c', 'b', 'a']
print(l.index('b'), l.index('b', 2), l.index('a', -2), l.count('a'), l.count('z'))
try:
    l.index('b', 4)
except ValueError as e:
    print(e)
try:
    l.index('c', 0, 2)
except ValueError as e:
    print(e)
class AlwaysEq:
    def __eq__(self, other):
        return True
print([1, 2].index(AlwaysEq()), [1, 2].count(AlwaysEq()), AlwaysEq() in [5])
n = float('nan')
lst = [n]
print(lst.index(n), lst.count(n), n in lst, lst == [n], [float('nan')] == [float('nan')])
x = [3, 1, 2]
y = x.copy()
y.sort()
print(x, y)
print([1, 2, 3].__len__(), [].__bool__() if hasattr([], '__bool__') else bool([]))
print(list.__name__, type([]).__name__, isinstance([], list))
