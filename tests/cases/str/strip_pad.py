# strip, padding and alignment methods
s = '  \t hello \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'abcHIcba'.strip('abc'), '..a..'.lstrip('.'), '..a..'.rstrip('.'))
print(repr('hi'.center(10)), repr('hi'.center(9, '*')), repr('hi'.ljust(6, '-')), repr('hi'.rjust(6)))
print(repr('hello'.center(3)), repr('abc'.center(6)), repr('abc'.center(7, '.')))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(6), 'abc'.zfill(2), ''.zfill(3), '--1'.zfill(4))
print(repr('a\tb\tc'.expandtabs()), repr('a\tbc\td'.expandtabs(4)), repr('\t'.expandtabs(0)))
print('prefix-body'.removeprefix('prefix-'), 'body.txt'.removesuffix('.txt'), 'x'.removeprefix('y'))
try:
    'a'.center(5, 'ab')
except TypeError as e:
    print(e)
try:
    'a'.strip(5)
except TypeError as e:
    print(e)
