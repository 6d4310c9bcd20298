# recursive and self-referential containers
a = [1]
a.append(a)
print(a, repr(a), str(a))
b = [a, a]
print(b)
d = {'k': None}
d['k'] = d
print(d)
l = [d]
d['l'] = l
print(l)
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
print(a == a, len(str(a)))
