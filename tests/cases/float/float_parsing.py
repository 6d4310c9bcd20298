# float() from strings
good = ['1', '1.5', '-2.25', '+3.', '.5', '1e5', '1E-5', '  7.0  ', '1_000.5', '0x1p0' if False else '0',
        'inf', '-Infinity', 'nan', '-nan', '1e400', '-1e400', '1e-400', '00012.5', '\t3.25\n',
        '١٢٫٥' if False else '12.5', '12345678901234567890', '9' * 30, '0.1e-1', '4.9e-324', '2.4e-324']
for s in good:
    print(repr(s), float(s))
bad = ['', ' ', 'abc', '1.5.2', '1e', 'e5', '1_', '_1', '1__0', '1.5 2', 'infinit', 'nana', '0x10', '1,5', '--1']
for s in bad:
    try:
        float(s)
    except ValueError as e:
        print(e)
print(float(b'2.5'), float(bytearray(b'-1e3')))
try:
    float(None)
except TypeError as e:
    print(e)
try:
    float([1.0])
except TypeError as e:
    print(e)
