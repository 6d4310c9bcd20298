# zip, including strict=True
print(list(zip([1, 2, 3], 'abc')), list(zip()), list(zip([1])), list(zip([1, 2], [3])))
print(dict(zip('ab', range(5))), list(zip(*[(1, 'a'), (2, 'b')])))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
print(list(zip('ab', 'cd', strict=True)))
for a, b in [([1, 2], [1]), ([1], [1, 2]), ([1, 2, 3], [1, 2])]:
    try:
        list(zip(a, b, strict=True))
    except ValueError as e:
        print(e)
try:
    list(zip([1], [1], [1, 2], strict=True))
except ValueError as e:
    print(e)
try:
    zip(5)
except TypeError as e:
    print(e)
def gen():
    yield 1
    print('gen asked for second item')
    yield 2
print(list(zip(gen(), [10])))
print(type(zip()).__name__)
