# enumerate
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)), list(enumerate('x', start=-2)))
e = enumerate(['p', 'q'])
print(next(e), next(e), next(e, 'end'), type(e).__name__)
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=10):
    print(i, a, b)
print(list(enumerate(range(3), 2 ** 64)))
try:
    enumerate(5)
except TypeError as e:
    print(e)
try:
    enumerate('a', 'b')
except TypeError as e:
    print(e)
print(dict(enumerate('xy')))
