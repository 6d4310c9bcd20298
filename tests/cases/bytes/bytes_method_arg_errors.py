# argument checking of bytes/bytearray methods, with CPython's messages
calls = [
    lambda: b'a'.decode(1), lambda: b'a'.hex(1, 2, 3), lambda: b'a'.hex(x=1), lambda: b'a'.split(1, 2, 3),
    lambda: b'a'.center(), lambda: b'a'.find(), lambda: b'a'.upper(1), lambda: bytearray(b'a').upper(1),
    lambda: b'a'.join(), lambda: bytes.fromhex(), lambda: bytes.fromhex(1), lambda: b'a'.replace(b'a'),
    lambda: b'a'.strip(1), lambda: b'a'.count('a'), lambda: b'a'.count(1.5), lambda: b'a'.count(300),
    lambda: b'a'.startswith('a'), lambda: b'b'.startswith((b'a', 'x')), lambda: b'a'.center(3, 'a'),
    lambda: b'a'.center(3, b'ab'), lambda: b'a'.partition('a'), lambda: b'a'.partition(b''), lambda: b'a'.split('a'),
    lambda: b'a'.join([1]), lambda: b'a'.translate(b'ab'), lambda: bytes.maketrans(b'a', b'bc'),
    lambda: bytes.maketrans('a', 'b'), lambda: b'a'.removeprefix('a'), lambda: b'a'.expandtabs('a'),
    lambda: b'a'.zfill(), lambda: b'a'.index(b'z'), lambda: bytearray(b'a').rindex(b'z'), lambda: b'a'.__contains__('a'),
    lambda: b'a'[1.5], lambda: bytearray(b'a')[1.5], lambda: b'a'[5], lambda: bytearray(b'a')[5],
    lambda: bytes.fromhex('a g'), lambda: bytes.fromhex(' 0'), lambda: b'a'.hex(''), lambda: b'a'.hex('é'),
    lambda: b'ab'.hex(':', 2 ** 70), lambda: b'a'.split(maxsplit=1.5), lambda: b'a' * 'a', lambda: b'a' + 1,
    lambda: bytearray() + 1, lambda: b'a' < 1, lambda: 'a' in b'a', lambda: 300 in b'a', lambda: b'a' in 'a',
]
for c in calls:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, '|', e)
print(b'a'.startswith((b'a', 'x')), b'abc'.translate(None, delete=b'b'), b'a,b'.split(sep=b','), b'x\ny'.splitlines(keepends=True))
