# split() without a separator collapses whitespace; with maxsplit it keeps the rest
s = '  alpha \t beta\n\ngamma  delta  '
print(s.split(), s.split(None, 1), s.split(None, 2), s.rsplit(None, 1), s.rsplit(None, 2))
print(s.split(' '), s.split(' ', 3))
print('a b c d'.split(' ', -1), 'a b c d'.rsplit(' ', 2), 'a b c d'.split(' ', 0))
print('x'.split(), ' x '.rsplit(), '\u2003x\u00a0y'.split(), 'a\x1fb'.split(), 'a\x1cb'.split())
print('k=v;k2=v2'.split(';'), [p.split('=', 1) for p in 'k=v=w;x=y'.split(';')])
