# argument counts, keywords and types of str methods, with CPython's messages
calls = [
    lambda: 'a'.split(1, 2, 3), lambda: 'a'.split(foo=1), lambda: 'a'.split(None, sep=None),
    lambda: 'a'.center(), lambda: 'a'.center(1, 2, 3), lambda: 'a'.find(), lambda: 'a'.find(1, 2, 3, 4),
    lambda: 'a'.find(x=1), lambda: 'a'.upper(1), lambda: 'a'.upper(x=1), lambda: 'a'.join(),
    lambda: 'a'.join(1), lambda: 'a'.join(['x', 2]), lambda: 'a'.replace('a'), lambda: 'a'.replace('a', 'b', count=1),
    lambda: 'a'.strip(1), lambda: 'a'.count(1), lambda: 'a'.startswith(1), lambda: 'b'.startswith(('a', 1)),
    lambda: 'a'.center(3, 'ab'), lambda: 'a'.center(3, 1), lambda: 'a'.zfill(), lambda: 'a'.zfill('a'),
    lambda: 'a'.splitlines(1, 2), lambda: 'a'.splitlines(x=1), lambda: 'a'.partition(''), lambda: 'a'.partition(1),
    lambda: 'a'.encode(1), lambda: 'a'.encode('utf-8', 1), lambda: 'a'.encode(x=1), lambda: 'a'.removeprefix(1),
    lambda: 'a'.find('a', 'b'), lambda: 'a'.ljust(1.5), lambda: 'a'.rsplit(1), lambda: 'a'.rsplit(''),
    lambda: 'a'.split(maxsplit='x'), lambda: 'a'.center(2 ** 63), lambda: 'a'.encode('no-such'),
    lambda: 'a'.index('b'), lambda: 'a'.rindex('b', 0, 1), lambda: 'a'.format_map(), lambda: 'a'.expandtabs(tabsize='x'),
]
for c in calls:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, '|', e)
print('a'.startswith(('a', 1)), 'a'.count('a', None, None), 'a'.splitlines(keepends=1), 'a b'.split(maxsplit=0))
