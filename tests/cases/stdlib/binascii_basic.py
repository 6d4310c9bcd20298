"""binascii: crc32, crc_hqx, hex and base64 conversions and their errors."""
import binascii

print([n for n in ('Error', 'Incomplete', 'crc32', 'hexlify', 'unhexlify', 'a2b_base64',
                   'b2a_base64', 'b2a_hex', 'a2b_hex', 'crc_hqx') if hasattr(binascii, n)])
print([c.__name__ for c in binascii.Error.__mro__])
print([c.__name__ for c in binascii.Incomplete.__mro__])
print(binascii.crc32(b'hello'), binascii.crc32(b'hello', 1), binascii.crc32(b''))
print(binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'123456789', 0xffff))

data = bytes(range(0, 256, 7))
print(binascii.hexlify(data))
print(binascii.b2a_hex(b'\x00\xff'), binascii.unhexlify(b'00ff10'), binascii.a2b_hex('DEADbeef'))
print(binascii.unhexlify(binascii.hexlify(data)) == data)
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', '-'))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', 2))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', ':', -2))
print(binascii.hexlify(bytearray(b'ab'), sep=' ', bytes_per_sep=1))

for n in range(8):
    raw = bytes(range(n))
    enc = binascii.b2a_base64(raw)
    print(n, enc, binascii.b2a_base64(raw, newline=False), binascii.a2b_base64(enc) == raw)
print(binascii.a2b_base64(b'aGVs\nbG8=\n'), binascii.a2b_base64('aGVsbG8='))
print(binascii.a2b_base64(b'a!G@V#sbG8='), binascii.a2b_base64(b'aGVsbG8=aGk='))
print(binascii.a2b_base64(b'='), binascii.a2b_base64(b''), binascii.a2b_base64(b'aGk==='))
big = bytes(range(256)) * 10
print(binascii.a2b_base64(binascii.b2a_base64(big)) == big)


def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)


attempt(binascii.unhexlify, 'abc')
attempt(binascii.unhexlify, 'zz')
attempt(binascii.unhexlify, '\u00e9\u00e9')
attempt(binascii.unhexlify, 5)
attempt(binascii.hexlify, 'text')
attempt(binascii.hexlify, b'ab', 'xy')
attempt(binascii.a2b_base64, 'abc')
attempt(binascii.a2b_base64, 'abcde')
attempt(binascii.a2b_base64, b'ab=c')
attempt(binascii.a2b_base64, '\u00e9')
attempt(binascii.a2b_base64, 5)
attempt(binascii.b2a_base64, 'text')
attempt(binascii.crc32, 'text')
attempt(binascii.a2b_base64, b'aGVsbG8=x', strict_mode=True)
attempt(binascii.a2b_base64, b'=aGVs', strict_mode=True)
attempt(binascii.a2b_base64, b'aG!Vs', strict_mode=True)
attempt(binascii.a2b_base64, b'aGk=aGk=', strict_mode=True)
attempt(binascii.a2b_base64, b'aGVsbG8=', strict_mode=True)
try:
    binascii.unhexlify('0')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__)
