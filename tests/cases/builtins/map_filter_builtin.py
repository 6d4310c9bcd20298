# map and filter are lazy iterators
print(list(map(str.upper, ['a', 'b'])), list(map(pow, [2, 3], [3, 2])), list(map(lambda x, y: x + y, 'ab', 'cde')))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, '', 'a', [], [1], None, 2])))
m = map(lambda x: print('mapping', x) or x, [1, 2])
print('map created')
print(next(m))
print(list(m))
f = filter(str.isdigit, 'a1b2c3')
print(''.join(f), list(f))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(e)
try:
    map(str)
except TypeError as e:
    print(e)
print(list(map(int, '123')), list(map(len, ['ab', '', 'c'])))
