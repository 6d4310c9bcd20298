# how str.format scans replacement fields, and its errors
print('{0[}]}'.format({'}': 5}), '{0[{]}'.format({'{': 6}), '{a[:]}'.format(a={':': 7}), '{0!r:>5}'.format('x'))
print('{{}} {{{0}}}'.format(1), '{:{}{}}'.format(3, '>', 4), '{0.real:{1}}'.format(5, 3))
for fmt in ['{0[}', '{0:[}', '{', '{0', '{0:{', '{0:{}', '{0!r', '}', '{0!x}', '{0!rx}', '{!}', '{:{:{}}}',
            '{0[a]b}', '{0]}', 'x{}y{1}', 'a{0}{}', '{0.}', '{0[]}', '{ 0}']:
    try:
        print(repr(fmt.format([1], 2, 3)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, '|', e)
