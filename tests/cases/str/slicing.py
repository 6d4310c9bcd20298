# indexing and slicing strings
s = 'abcdefghij'
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::3], s[::-1], s[::-2], s[8:2:-2], s[-1:-5:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[10:]))
print(s[slice(2, 8, 2)], s[slice(None, None, -3)], s[slice(3)])
try:
    s[10]
except IndexError as e:
    print(e)
try:
    s[::0]
except ValueError as e:
    print(e)
try:
    s['a']
except TypeError as e:
    print(e)
try:
    s[1.0]
except TypeError as e:
    print(e)
try:
    s[0] = 'z'
except TypeError as e:
    print(e)
u = 'héllo wörld 日本'
print(u[1], u[-2:], u[::-1], len(u))
class Idx:
    def __index__(self):
        return 2
print(s[Idx()], s[Idx():])
