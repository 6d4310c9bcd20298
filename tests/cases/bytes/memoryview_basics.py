# memoryview over bytes and bytearray
b = b'abcdef'
m = memoryview(b)
print(m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist()[:3], len(m), m.readonly, m.nbytes)
ba = bytearray(b'xyz')
mv = memoryview(ba)
mv[0] = ord('X')
print(ba, mv.readonly, bytes(mv[::2]))
mv[1:3] = b'YZ'
print(ba)
try:
    m[0] = 1
except TypeError as e:
    print(e)
try:
    ba.append(1)
except BufferError as e:
    print(type(e).__name__, e)
mv.release()
ba.append(33)
print(ba)
try:
    mv[0]
except ValueError as e:
    print(e)
print(memoryview(b'ab') == b'ab', memoryview(b'ab').hex(), memoryview(b'abc')[1:].tobytes())
with memoryview(b'ctx') as cm:
    print(cm.tobytes())
