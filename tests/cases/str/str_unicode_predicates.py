# character predicates follow Unicode categories as CPython does
chars = ['a', 'Z', '5', '٣', '１', '²', '½', 'Ⅷ', '一', '\u0345', '_', ' ', '\x1c', '\x85', '\u3000',
         '\u200b', '\xa0', '\t', '\x7f', '\xad', 'é', '😀', '\U000e0001', 'ª', 'ʰ', '\u2028']
for c in chars:
    print(repr(c), c.isalpha(), c.isalnum(), c.isdecimal(), c.isdigit(), c.isnumeric(),
          c.isspace(), c.isprintable(), c.isidentifier(), c.islower(), c.isupper(), c.isascii())
print(''.isalpha(), ''.isspace(), ''.isprintable(), ''.isascii(), ''.isidentifier(), ''.isdigit())
names = ['abc', '_x1', '1abc', 'été', 'a-b', 'ℕ', 'x\u0301', '℘x', 'if', 'a b', '·a', 'a·']
print([n.isidentifier() for n in names])
print('１２３'.isdecimal(), '²³'.isdecimal(), '²³'.isdigit(), '½¼'.isnumeric(), '一二三'.isnumeric(), 'Ⅻ'.isalpha())
print('abc'.islower(), 'abc1'.islower(), 'ABC!'.isupper(), 'AbC'.isupper(), '1'.islower(), 'ß'.islower())
