# edge cases with empty strings and overlapping matches
print(''.find(''), ''.rfind(''), 'abc'.rfind(''), 'abc'.find('', 3), 'abc'.find('', 4))
print('abab'.replace('ab', 'ba'), 'aaa'.count('a', -2), 'aaa'.find('a', -1), 'aaaa'.rfind('aa'))
print('abc'.split('b', 0), 'a b c'.split(None, 0), ' a b '.split(None, 1), ' a b '.rsplit(None, 1))
print('abc'.startswith(''), 'abc'.startswith('', 3), 'abc'.startswith('', 4), 'abc'.endswith('c', 2, 3))
print('abcabc'.index('c', 3), 'abcabc'.rindex('a', 0, 4), 'x'.center(0), 'x'.ljust(-5))
print('a' * 5 + 'b' in 'a' * 10 + 'b', 'mississippi'.count('ss'), 'mississippi'.replace('ss', 'SS', 1))
print('A'.lower() * 3, 'é'.upper(), 'ß'.upper(), 'ﬃ'.upper(), 'İ'.lower(), len('İ'.lower()))
