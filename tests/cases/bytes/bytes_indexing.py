# indexing gives ints, slicing gives bytes
b = b'abcdef'
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], type(b[0]).__name__)
print(list(b), [c for c in b'AZ'], 97 in b, b'cd' in b, b'' in b)
try:
    b[10]
except IndexError as e:
    print(e)
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    300 in b
except ValueError as e:
    print(e)
try:
    'a' in b
except TypeError as e:
    print(e)
ba = bytearray(b'abcdef')
ba[0] = 65
ba[1:3] = b'XYZ'
print(ba, ba[0], ba[-1:])
del ba[0]
print(ba)
ba[::2] = b'123'
print(ba)
try:
    ba[0] = 256
except ValueError as e:
    print(e)
try:
    ba[::2] = b'1'
except ValueError as e:
    print(e)
