# complex division (scaled by the larger divisor part), keyword arguments, ordering errors
for a, b in [(1 + 2j, 3 - 1j), (1e300 + 1e300j, 1e300 + 1e300j), (1, 1e-300j), (2j, 1e308 + 1e308j), (0.1 + 0.2j, 0.3j)]:
    print(a / b, b / a)
for f in [lambda: 1j / 0, lambda: 1j < 2j, lambda: complex(1, 2, 3), lambda: complex(x=1),
          lambda: complex(1, real=2), lambda: complex(1, '2'), lambda: complex(b'1'), lambda: complex([]), lambda: 1j // 2]:
    try:
        print(f())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(+(-0.0 - 0j), (1 + 2j).__getnewargs__(), format(1.5 - 2j, '^20.2f'), f'{3j:e}', 1j != 1j, 1j != 2)
print(complex(complex(0, -0.0)), complex(-0.0), complex(1j, 0), complex(0, 1j))
