# strings are immutable; methods return new strings
s = 'abc'
t = s.upper()
print(s, t, s is not t)
u = s.replace('x', 'y')
print(u == s)
try:
    s[0] = 'z'
except TypeError as e:
    print(e)
try:
    del s[0]
except TypeError as e:
    print(e)
try:
    s.attr = 1
except AttributeError as e:
    print(e)
try:
    str.upper = None
except TypeError as e:
    print(e)
parts = []
for i in range(5):
    parts.append(str(i))
print(''.join(parts), len(parts))
built = ''
for ch in 'hello':
    built = ch + built
print(built)
