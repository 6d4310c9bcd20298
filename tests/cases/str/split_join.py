# split, rsplit, splitlines, partition, join
print('a,b,,c'.split(','), 'a b  c '.split(), '  lead trail  '.split(' '))
print('a,b,c,d'.split(',', 2), 'a,b,c,d'.rsplit(',', 2), 'a b c'.rsplit(None, 1))
print(''.split(), ''.split(','), '   '.split(), 'abc'.split('abc'))
print('one\ntwo\r\nthree\rfour\x0bfive\x1cs\u2028t'.splitlines())
print('x\ny\n'.splitlines(), 'x\ny\n'.splitlines(keepends=True), ''.splitlines())
print('key=value=x'.partition('='), 'novalue'.partition('='), 'a=b=c'.rpartition('='), 'x'.rpartition('='))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), '+'.join(map(str, range(4))))
for call in [lambda: 'a'.split(''), lambda: ','.join([1, 2]), lambda: 'a'.partition(''),
             lambda: ''.join(['a', None])]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print('a\tb'.split(), 'a\u3000b'.split(), 'a\xa0b'.split())
print('1 2 3'.split(maxsplit=1), 'a-b-c'.split(sep='-', maxsplit=-1))
