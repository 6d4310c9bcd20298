# str comparison is by code point
pairs = [('a', 'B'), ('Z', 'a'), ('é', 'f'), ('ä', 'z'), ('10', '9'), ('', 'a'), ('abc', 'abcd'), ('日', 'ﬀ')]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a > b, [ord(c) for c in a + b])
print(sorted(['b', 'B', 'a', 'A', 'á', '_', '1', ' ']))
print(max(['apple', 'Apple', 'APPLE']), min('zyxZYX'))
print('a' * 1000 < 'a' * 999 + 'b', 'ß' == 'ss', 'ß'.casefold() == 'ss')
