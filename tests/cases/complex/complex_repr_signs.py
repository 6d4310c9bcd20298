# repr of complex numbers with signed zeros, infinities and nans
vals = [complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), complex(1, 0), complex(0, 1),
        complex(-1, -1), complex(1.5, -2.25), complex(1e20, 1e-20), complex(float('inf'), 0), complex(0, float('-inf')),
        complex(float('nan'), float('nan')), 1j * 1j, -1j, 0j * -1]
for v in vals:
    print(repr(v), str(v), v.real, v.imag)
