# int() from strings
print(int('42'), int(' -17 '), int('+5'), int('1_000'), int('0'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0))
print(int('z', 36), int('Z', 36), int('10', 2), int('777', 8))
print(int('١٢٣'), int('\u0663'))
print(int('  12\n'), int('\t-0 '))
bad = ['', ' ', '1.5', '1e3', 'abc', '1_', '_1', '1__0', '0x', '12 34', '++1', '٣x']
for s in bad:
    try:
        int(s)
    except ValueError as e:
        print(e)
for s, base in [('12', 1), ('12', 37), ('9', 8), ('0x10', 10), ('010', 0), ('2', 2)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(e)
try:
    int(5, 10)
except TypeError as e:
    print(e)
print(int(b'42'), int(bytearray(b'-7')), int(b'ff', 16))
