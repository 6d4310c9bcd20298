# list construction, indexing, repr
print([], [1], [1, 'a', None, 2.5, [3]], list(), list('abc'), list(range(3)), list((1, 2)))
print(list({'a': 1, 'b': 2}), list({3}), [[]] * 3, [0] * 5)
l = [10, 20, 30, 40]
print(l[0], l[-1], l[1:3], l[::-1], len(l), l.index(30), l.count(20))
l2 = [1, [2, [3, [4]]]]
print(l2, l2[1][1][1][0])
r = [1, 2]
r.append(r)
print(r, len(r))
print(repr([1, 'x']), str(['y']), [1, 2] == [1, 2], [1, 2] is [1, 2])
print(list(map(str, [1, 2])), [str(x) for x in range(3)])
try:
    l[10]
except IndexError as e:
    print(e)
try:
    l['a']
except TypeError as e:
    print(e)
try:
    list(5)
except TypeError as e:
    print(e)
