# index normalisation in insert/pop/del
for pos in [-10, -3, -1, 0, 1, 2, 3, 10]:
    l = ['a', 'b', 'c']
    l.insert(pos, 'X')
    print(pos, l)
for pos in [-3, -1, 0, 2]:
    l = ['a', 'b', 'c']
    print(pos, l.pop(pos), l)
for pos in [3, -4]:
    try:
        ['a', 'b', 'c'].pop(pos)
    except IndexError as e:
        print(pos, e)
l = list(range(5))
del l[-1]
del l[0]
print(l)
try:
    del l[10]
except IndexError as e:
    print(e)
l[-1] = 'last'
print(l)
try:
    l[-10] = 0
except IndexError as e:
    print(e)
