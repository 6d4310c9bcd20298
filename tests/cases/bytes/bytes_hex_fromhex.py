# hex() and fromhex() round trips and separators
data = bytes(range(0, 256, 37))
h = data.hex()
print(h, bytes.fromhex(h) == data)
print(data.hex(' '), data.hex(':', 3), data.hex('-', -3), data.hex(b'|'))
print(bytes.fromhex('0a 0B\t0c\n0d'), bytearray.fromhex(' ff '))
for bad in ['0', 'zz', '0 a', '1g']:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), e)
try:
    data.hex('ab')
except ValueError as e:
    print(e)
print(memoryview(data).hex(), bytearray(data).hex(','))
