# builtins over bytes
b = b'hello world'
print(len(b), sorted(b)[:3], list(enumerate(b'ab')), dict(zip(b'ab', b'xy')))
print(any(c > 100 for c in b), all(c < 128 for c in b), b.count(b'o'), set(b'aab') == {97, 98})
print(bytes(sorted(b)), bytes(c ^ 32 for c in b'abc'), bytes(map(lambda c: c + 1, b'HAL')))
print(b'x' in [b'x'], b'%s' % b'', bytes.join(b',', [b'1', b'2']))
it = iter(b'ab')
print(next(it), next(it), next(it, None))
print(isinstance(b, bytes), isinstance(bytearray(), bytes), issubclass(bytearray, bytes))
print(b.decode().title().encode(), b[::-1].decode())
