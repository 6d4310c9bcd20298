# every assignment target form
a = b = c = [1, 2]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = range(5)
print(first, rest)
*init, last = 'abcd'
print(init, last)
h, *mid, t = [1, 2]
print(h, mid, t)
[m, n] = 'xy'
print(m, n)
lst = [0, 0, 0]
lst[0], lst[1:] = 9, [8]
print(lst)
class O: pass
o = O()
o.attr, o.other = 'A', 'B'
print(o.attr, o.other)
d = {}
d['k'] = d['j'] = 5
print(d)
i = 0
vals = [10, 20]
i, vals[i] = 1, 99
print(i, vals)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
