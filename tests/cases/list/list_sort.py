# sort and sorted: keys, reverse, stability, errors
l = [5, 2, 8, 1, 9, 3]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'fig']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print(e)
try:
    sorted([1, 2], key=lambda x: None)
except TypeError as e:
    print(e)
try:
    [].sort(lambda x: x)
except TypeError as e:
    print(e)
data = [3, 1, 2]
def bad_key(x):
    data.append(x)
    return x
try:
    data.sort(key=bad_key)
except ValueError as e:
    print(e)
print(data)
print(sorted([[3, 1], [2], [2, 0]]), sorted('hello'), sorted({3: 'x', 1: 'y'}))
print(sorted([0.5, -1, True, 2 ** 65]), sorted([], reverse=True))
