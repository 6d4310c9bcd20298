# alternate forms, grouping and sign handling in int format specs
n = 1234567
specs = ['#b', '#o', '#x', '#X', '_b', '_o', '_x', ',d', '_d', '+,d', ' ,d', '=+15,d', '015,d', '#015_x', '^+15,', 'c']
for s in specs:
    try:
        print(repr(s), format(n if s != 'c' else 9731, s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
print(format(-n, '#x'), format(-n, '015,'), format(0, '#b'), format(-0, '+'))
for bad in [',x', '_c', ',c', '.2d', '#c']:
    try:
        format(n, bad)
    except ValueError as e:
        print(repr(bad), e)
