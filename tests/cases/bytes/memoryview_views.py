# memoryview slices are views; writes go through to a bytearray; released views refuse work
buf = bytearray(b'hello world')
m = memoryview(buf)
v = m[6:]
print(v.tobytes(), v.tolist()[:2], len(v), v[0], v[-1], v.nbytes, v.shape, v.strides, v.obj is buf)
v[0] = ord('W')
v[1:3] = b'OR'
print(buf, m[::-1].tobytes(), m[::3].tolist(), bytes(m[2:5]), m[100:].tobytes())
print(m.format, m.itemsize, m.ndim, m.readonly, m.contiguous, m[::2].contiguous, m.hex(':', 4))
with memoryview(b'abc') as r:
    print(r.readonly, r.tobytes(), list(r), r == b'abc', r != b'abd', hash(r) == hash(b'abc'))
for call in [lambda: len(r), lambda: r.tobytes(), lambda: r[0], lambda: bytes(r), lambda: r.obj]:
    try:
        print(call())
    except ValueError as e:
        print('ValueError |', e)
print(r == r, r == b'abc')
for call in [lambda: m.__setitem__(0, 256), lambda: m.__setitem__(0, 'a'), lambda: m.__setitem__(slice(0, 2), b'x'),
             lambda: m[99], lambda: m['a'], lambda: memoryview(b'a').__setitem__(0, 1), lambda: hash(m),
             lambda: memoryview(5), lambda: memoryview('text'), lambda: buf.append(1), lambda: buf.clear()]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, '|', e)
buf[0] = ord('J')
m.release(); v.release()
buf.append(33)
print(buf, memoryview(buf).toreadonly().readonly, memoryview(memoryview(b'xy')).tobytes())
