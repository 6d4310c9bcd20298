# extended slice assignment rules for lists and bytearrays
l = list(range(8))
l[1::3] = ['a', 'b', 'c']
print(l)
l[::-2] = range(4)
print(l)
del l[1:7:2]
print(l)
try:
    l[::2] = []
except ValueError as e:
    print(e)
l[::1] = 'xyz'
print(l)
b = bytearray(b'abcdefgh')
b[::2] = b'ACEG'
print(b)
b[1:3] = b''
print(b)
del b[::3]
print(b)
b[:0] = b'<<'
b[len(b):] = b'>>'
print(b)
try:
    b[::2] = b'too long for this'
except ValueError as e:
    print(e)
