# repr chooses quotes and escapes
strs = ['plain', "it's", 'say "hi"', 'both \' and "', '\n\t\r', '\\', '\x00\x07\x1f\x7f',
        '\x80\x9f\xa0\xad', 'é ñ ü', '日本', '\u200b\u2028', '\U0001F600', '\ud800', '\U000e0001',
        '\ufeff', "'", '"', "'\"", '']
for s in strs:
    print(repr(s), ascii(s), len(s))
print(str(['a', "b'c", 'd"e']), repr(('x',)), repr({'k': 'v\n'}))
print('%r %a' % ('ü', 'ü'), f'{"ü"!r} {"ü"!a}')
