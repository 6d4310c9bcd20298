# A NaN is an object with an identity: containers find it by identity, never by equality.
import math
inf = float('inf')
a = inf - inf
b = inf * 0
print(a, b, a == a, a is a, a is b)
print(a in [a], a in [b], [a].count(a), [a, b].index(b))
print(math.nan is math.nan, math.nan in [math.nan], float('nan') in [float('nan')])
d = {a: 1, b: 2}
print(len(d), d[a], d[b], a in d, float('nan') in d)
s = {a, a, b}
print(len(s), a in s)
print(float(a) is a, +a is a, (-a) is a, abs(a) is a, a.real is a)
print(hash(a) == hash(a), type(a).__name__, repr(a), str(-a))
t = (a, 1.5)
print(t == t, t == (a, 1.5), (b, 1.5) == t, max([a, 1.0]) is a)
c = float('nan')
print(sorted([c, 1.0]) [0] is c, math.isnan(a + 1), math.isnan(a * 2.0), (a / 1.0) is a)
x = 0.0
y = x / 1.0 if False else x
print([y] == [0.0], 0.1 + 0.2, [math.fmod(1.0, inf)])
class F(float):
    pass
f = F('nan')
print(type(f).__name__, f in [f], type(float(f)).__name__, float(f) is f)
