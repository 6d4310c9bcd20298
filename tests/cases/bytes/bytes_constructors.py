# constructing bytes and bytearray
print(bytes(), bytes(3), bytes([65, 66]), bytes(b'ab'), bytes(bytearray(b'cd')), bytes(range(3)))
print(bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'), bytes(memoryview(b'mv')))
print(bytearray(2), bytearray([1, 2]), bytearray('x', 'utf-8'), bytearray(b'copy'))
print(bytes.fromhex('de ad be ef'), bytearray.fromhex('00ff'), bytes.fromhex(''))
for call in [lambda: bytes('abc'), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(-1),
             lambda: bytes(1.5), lambda: bytes(['a']), lambda: bytes.fromhex('xyz'), lambda: bytes.fromhex('abc'),
             lambda: bytes(b'x', 'utf-8'), lambda: bytearray('x')]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class WithBytes:
    def __bytes__(self):
        return b'custom'
print(bytes(WithBytes()))
class Idx:
    def __index__(self):
        return 2
print(bytes(Idx()), bytes([Idx()]))
