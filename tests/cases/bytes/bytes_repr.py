# repr of bytes and bytearray
vals = [b'', b'abc', b"it's", b'say "x"', b'\'"', b'\x00\x01\x7f\x80\xff', b'\t\n\r\x0b\x0c', b'\\',
        bytes(range(30, 40)), bytes([255, 0, 65])]
for v in vals:
    print(repr(v), repr(bytearray(v)), len(v))
print(str(b'x'), f'{b"y"}', '%s %r' % (b'a', b'b'), [b'q'])
print(bytearray(), bytearray(b'\x00'), repr(bytearray(3)))
class BB(bytes):
    pass
print(repr(BB(b'sub')), type(BB(b'x') + b'y').__name__)
class BA(bytearray):
    pass
print(repr(BA(b'sub')))
