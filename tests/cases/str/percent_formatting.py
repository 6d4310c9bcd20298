# printf-style formatting
print('%s %s' % ('a', 1), '%r' % 'x', '%a' % 'é', '%%', '%5s|%-5s|' % ('ab', 'cd'))
print('%d %i %u' % (42, -7, 3), '%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x %X %o %#x %#X %#o' % (255, 255, 8, 255, 255, 8))
print('%e %E %f %F %g %G' % (12345.678, 0.00012, 1.5, 2.5, 1e-5, 1e20))
print('%.2f %.0f %10.3f %-10.1f| %.3e %.10g' % (3.14159, 2.5, 3.14159, 2.25, 12345.678, 1 / 3))
print('%c%c %c' % (72, 105, 'x'), '%s' % [1, 2], '%s' % (1,), '%s' % ((1, 2),))
print('%(name)s is %(age)d' % {'name': 'kaa', 'age': 3}, '%(x)r' % {'x': None})
print('%*d|%-*d|%.*f' % (5, 1, 5, 2, 2, 3.14159))
print('%d' % 3.99, '%d' % True, '%s' % None, '%5.2s|' % 'abcdef')
for fmt, args in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1), ('%(k)s', 1),
                  ('%c', 'ab'), ('%c', -1), ('%x', 1.5), ('%', ()), ('%(a)s %s', {'a': 1})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print('%s' % {'a': 1}, '%d%%' % 50)
