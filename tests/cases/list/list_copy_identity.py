# shallow copies and aliasing
a = [1, [2, 3]]
b = a
c = a[:]
d = a.copy()
e = list(a)
a[0] = 'changed'
a[1].append(4)
print(a, b, c, d, e)
print(b is a, c is a, c[1] is a[1])
f = [x[:] if isinstance(x, list) else x for x in a]
a[1].append(5)
print(a, f)
g = [0] * 3
g[0] = 1
print(g)
h = [1, 2, 3]
for x in h[:]:
    h.remove(x)
print(h)
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
