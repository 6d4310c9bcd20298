# formatting complex numbers
z = 1.23456 - 7.89j
print(format(z, ''), format(z, '.2f'), format(z, 'e'), format(z, '.3g'), format(z, '>25'))
print(f'{z:+.1f}', f'{z:^30.2f}|', f'{1j:g}', f'{(1+0j):}', f'{complex(0, 0):}')
print(str(complex(1, -0.0)), repr(complex(-0.0, -0.0)), repr(complex(0.0, 1e-5)))
print(repr(1e20 + 1e-20j), repr(complex(float('nan'), 1)), repr(complex(1, float('-inf'))))
print('%s %r' % (2j, 2j), '{0.real} {0.imag}'.format(3 + 4j))
try:
    format(1j, 'd')
except ValueError as e:
    print(e)
try:
    format(1j, '=10')
except ValueError as e:
    print(e)
