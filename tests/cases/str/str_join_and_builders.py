# join with generators, map, nested joins
print(', '.join(str(i) for i in range(5)))
print(''.join(map(chr, range(97, 102))))
print('\n'.join(' '.join(f'{r * c:2}' for c in range(1, 4)) for r in range(1, 4)))
print('-'.join('single'), '-'.join(['single']), repr(''.join([])), repr(' '.join([''])))
print(' | '.join([str(None), str(True), str(1.0)]))
print('.'.join(reversed('a.b.c'.split('.'))), ''.join(sorted('hello')))
print(str.join('', ('a', 'b')), ''.join(dict.fromkeys('abc')), ''.join({'x': 1}))
try:
    ''.join('a', 'b')
except TypeError as e:
    print(e)
