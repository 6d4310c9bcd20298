# complex numbers: construction, repr, arithmetic
z = 3 + 4j
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate())
print(1j, -1j, 0j, 1 + 0j, -0j, complex(0, -0.0), complex(-0.0, 0))
print(complex(), complex(2), complex(2, 3), complex('1+2j'), complex(' -1.5j '), complex('3'))
print(complex(1e300, 1e300) * 10, complex(float('inf'), float('nan')))
print((1 + 2j) + (3 - 1j), (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), (1 + 2j) - 1)
print((1 + 2j) ** 2, 1j ** 2, (2j) ** 0.5, 2 ** 1j)
print((1 + 2j) == complex(1, 2), 1 + 0j == 1, (1 + 2j) != (1 - 2j))
print(1.5j, 1e10j, 1e-10j, 12345678901j, complex(1, 1e16))
print(type(1j).__name__, isinstance(1j, complex))
for bad in ['1+', 'j1', '1 + 2j', 'abc', '1+2i']:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
