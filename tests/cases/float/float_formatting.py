# format specifications for floats
x = 1234.5678
for spec in ['', 'f', '.2f', '.0f', 'e', '.3e', 'E', 'g', '.3g', '.10g', 'G', '%', '.1%',
             '10.2f', '<10.2f', '^10.2f', '>10.2f', '010.2f', '+.2f', ' .2f', ',.2f', '_.3f',
             '#.0f', '#g', 'n', '.2n', '=+12.3f', '*^12.1f']:
    print(repr(spec), format(x, spec))
for v in [0.0, -0.0, 1e-10, 1e20, 123456789.0, 0.1, 1.5e300, float('inf'), float('-inf'), float('nan')]:
    print(format(v, ''), format(v, 'g'), format(v, '.3'), format(v, '10.3e'), format(v, 'f'))
print(format(1e16, ''), format(1e16, '.17g'), format(0.000001, 'g'), format(0.0000001, 'g'))
print('%.3f %e %g %10.4f %-10.2f| %+f %5.1f%%' % (3.14159, 31415.9, 0.0000314, 2.5, 2.5, 1.0, 99.5))
print(str(1e16), str(1.0e15), '%s %r' % (0.1, 0.1))
try:
    format(1.5, 'd')
except ValueError as e:
    print(e)
try:
    format(1.5, '.2x')
except ValueError as e:
    print(e)
