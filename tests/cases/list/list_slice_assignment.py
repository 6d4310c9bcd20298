# slice assignment and deletion
l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [99]
print(l)
l[::2] = 'x' * len(l[::2])
print(l)
l[1:3] = []
print(l)
del l[::3]
print(l)
l[:] = (7, 8)
print(l)
l[5:10] = [1]
print(l)
l[-1:] = []
print(l)
try:
    l[::2] = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    l[0:1] = 5
except TypeError as e:
    print(e)
m = [1, 2, 3]
m[1:2] = m
print(m)
n = [0, 1, 2, 3, 4, 5]
n[4:1:-1] = 'abc'
print(n)
del n[100:]
del n[-100:1]
print(n)
