# the switch between fixed and exponent notation in repr
for e in range(-7, 18):
    v = 10.0 ** e
    print(e, repr(v), repr(v * 1.5), repr(-v / 3))
print(repr(123456789012345678.0), repr(0.000123), repr(0.0000123))
