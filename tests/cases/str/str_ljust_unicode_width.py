# lengths are code points, not bytes or display width
for s in ['abc', 'é', 'e\u0301', '日本語', '😀', '👍🏽', '\u200d', 'Ａ']:
    print(repr(s), len(s), len(s.encode()), repr(s.ljust(4, '.')), [hex(ord(c)) for c in s])
print('e\u0301' == 'é', 'é'.encode('utf-8'))
print('😀'[0] == '😀', '👍🏽'[1], len('👍🏽'[::-1]))
