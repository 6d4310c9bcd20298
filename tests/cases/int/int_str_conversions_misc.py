# str/repr/format of ints, including negative zero-ish and huge values
for n in [0, -0, 7, -7, 10 ** 18, -(10 ** 18), 2 ** 64 - 1]:
    print(str(n), repr(n), f'{n}', '%d' % n, '{:d}'.format(n), format(n, ','))
print(str(True), str(False), repr(True + 0), int('-0'), int('+0'), int('0_0'))
print(f'{12345:>10,}', f'{-12345:<10_}|', f'{12345:^+11,}', f'{0:+}', f'{0: }')
print('%5d|%-5d|%+5d|%05d' % (-12, -12, 12, -12), '%x %X %o' % (-255, -255, -8))
print(int(str(2 ** 200)) == 2 ** 200, len(str(2 ** 200)), str(2 ** 200)[:5])
