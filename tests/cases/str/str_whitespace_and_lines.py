# Python's whitespace for split()/strip() and the line boundaries of splitlines()
s = '\x1c a\x1db\x1e\x1fc\x85d\u3000e\u2028f\xa0g\u200bh '
print(s.split(), s.strip(), s.rsplit(None, 2), s.split(None, 2))
print(repr('\t\n\x0b\x0c\r '.strip()), repr(' x '.lstrip()), repr(' x '.rstrip()))
t = 'a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n'
print(t.splitlines())
print(t.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), 'x\n\n'.splitlines(keepends=True), 'no newline'.splitlines())
print('a\tb\tc'.expandtabs(), 'a\tb\tc'.expandtabs(3), '12\t\n\tx'.expandtabs(4), '\t'.expandtabs(0), repr('a\r\tb'.expandtabs(2)))
print('  a  b  '.split(' '), ' a b '.rsplit(maxsplit=1), ' a b '.split(maxsplit=1))
