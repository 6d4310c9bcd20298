# slicing with negative steps and out-of-range bounds
l = list(range(10))
print(l[::-1], l[8:2:-2], l[-1:-4:-1], l[2:8:-1], l[:3:-3], l[5::-2])
print(l[-100:100], l[100:-100:-1], l[-1:-100:-4], l[3:3], l[4:2])
s = 'abcdefghij'
print(s[::-3], s[-2::-2], s[7:1:-2], s[:-8:-1], s[-20:-5], s[20:0:-1])
t = tuple(range(6))
print(t[::-2], t[-2:-6:-1], t[1::4])
print(range(10)[::-2], range(10)[7:2:-2], list(range(10)[-3::-3]))
b = b'0123456789'
print(b[::-4], b[-1::-5], bytearray(b)[3:0:-1])
