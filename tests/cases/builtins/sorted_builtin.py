# sorted() with key, reverse and stability
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted('Hello'), sorted('Hello', key=str.lower), sorted({3: 1, 1: 2}), sorted((3, 1, 2)))
print(sorted([3, 1, 2], reverse=1), sorted([]), sorted(x for x in [2, 1]))
print(sorted([-3, 2, -1], key=abs), sorted(['aa', 'b', 'ccc'], key=len, reverse=True))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)
try:
    sorted()
except TypeError as e:
    print(e)
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)
try:
    sorted(5)
except TypeError as e:
    print(e)
print(sorted([[2, 'b'], [1, 'z'], [2, 'a']]), sorted(set('cba')))
