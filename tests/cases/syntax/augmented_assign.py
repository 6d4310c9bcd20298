# augmented assignment with every operator
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1111; print(x)
x |= 0b10000; print(x)
x ^= 0b11; print(x)
y = 7
y /= 2; print(y)
l = [1]
alias = l
l += [2, 3]
print(l, alias is l)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)
s = 'ab'
s *= 3
print(s)
d = {'n': 1}
d['n'] += 10
print(d)
class C:
    v = 1
c = C()
c.v += 1
print(c.v, C.v)
import sys
m = [[0]]
m[0][0] -= 1
print(m)
