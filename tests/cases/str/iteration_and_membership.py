# iterating, membership, len, ord/chr
s = 'héllo'
print(list(s), len(s), [ord(c) for c in s])
print(''.join(reversed(s)), sorted(s), set('aab') == {'a', 'b'})
print('l' in s, 'll' in s, 'lo' in s, 'ol' in s, '' in '')
for i, c in enumerate('ab'):
    print(i, c)
print(chr(65), chr(0x1F600), chr(0), ord('\n'), ord('€'), ord('😀'))
it = iter('xy')
print(next(it), next(it), next(it, 'end'))
print(list(zip('abc', 'de')), dict(zip('ab', 'xy')))
print(str.__len__('abc'), 'abc'.__contains__('b'), 'abc'.__getitem__(-1))
print(any(c.isupper() for c in 'abC'), all(c.isalpha() for c in 'ab1'))
print(max('abc', key=ord), min(['bb', 'a', 'ccc'], key=len))
