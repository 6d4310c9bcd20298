# common bytes methods
b = b'Hello, World'
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.find(b'o'), b.rfind(b'o'), b.index(b'W'), b.count(b'l'), b.find(111), b.count(108))
print(b.startswith(b'Hell'), b.endswith((b'x', b'ld')), b.replace(b'l', b'L', 2))
print(b.split(b', '), b'a b  c'.split(), b'a,b'.rsplit(b',', 1), b'x\ny\r\n'.splitlines())
print(b.partition(b', '), b.rpartition(b'o'), b'-'.join([b'a', b'b', bytearray(b'c')]))
print(b'  pad  '.strip(), b'xxaxx'.strip(b'x'), b'ab'.center(6, b'*'), b'5'.zfill(3), b'a'.ljust(3), b'a'.rjust(3, b'0'))
print(b'abc'.isalpha(), b'123'.isdigit(), b'a1'.isalnum(), b'  '.isspace(), b'ABC'.isupper(), b'Ab Cd'.istitle())
print(b.hex(), b.hex(':'), b'\x01\x02\x03'.hex('-', 2), b'abc'.decode(), b'caf\xc3\xa9'.decode('utf-8'))
print(b'a\tb'.expandtabs(4), b'prefix_x'.removeprefix(b'prefix_'), b'x.py'.removesuffix(b'.py'))
print(b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), b'abcdef'.translate(None, b'bdf'))
print(b'%s-%d-%x-%r' % (b'bytes', 42, 255, b'r'), b'%5s|%-5s|' % (b'a', b'b'), b'%c' % 65)
for call in [lambda: b'a' + 'b', lambda: b.find('o'), lambda: b'%s' % 'str', lambda: b'x'.join(['y'])]:
    try:
        call()
    except TypeError as e:
        print(e)
