# tuples hold references; the tuple itself cannot change
inner = [1]
t = (inner, 'x')
inner.append(2)
print(t)
try:
    t[1] = 'y'
except TypeError as e:
    print(e)
try:
    del t[0]
except TypeError as e:
    print(e)
try:
    t.append(3)
except AttributeError as e:
    print(e)
u = t + ()
print(u == t, tuple(t) is t, t[:] is t)
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
print(type(()), () == tuple(), (1,) == (1), 1 == (1))
