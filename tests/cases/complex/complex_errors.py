# operations complex numbers do not support
z = 1 + 1j
for label, fn in [('<', lambda: z < z), ('//', lambda: z // 2), ('%', lambda: z % 2),
                  ('int', lambda: int(z)), ('float', lambda: float(z)), ('round', lambda: round(z)),
                  ('divzero', lambda: z / 0), ('divzero0j', lambda: 1 / 0j), ('0**-1', lambda: 0j ** -1),
                  ('complex(str, 1)', lambda: complex('1', 1)), ('complex(None)', lambda: complex(None)),
                  ('math.sqrt', lambda: __import__('math').sqrt(z))]:
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
print(hash(1 + 0j) == hash(1), hash(0j), hash(1j), hash(2 - 3j))
print(divmod.__name__, abs(-3j), abs(complex(3, -4)))
print(bool(0j), bool(1j), bool(complex(0, 0.0)), bool(complex(-0.0, 0)))
