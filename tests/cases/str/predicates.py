# is* predicate methods
tests = ['abc', 'ABC', 'abc123', '123', '١٢٣', '½', '²', '', ' ', '\t\n', 'a b', '_x', 'x1', '1x',
         'é', 'Ⅻ', '3.14', '-1', 'ABC def', 'class']
print('s isalpha isdigit isnumeric isdecimal isalnum isspace isidentifier isprintable isascii')
for s in tests:
    print(repr(s), s.isalpha(), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalnum(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
print('\x00'.isprintable(), '\u200b'.isprintable(), 'a\nb'.isprintable())
