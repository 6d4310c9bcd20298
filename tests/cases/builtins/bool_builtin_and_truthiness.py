# bool() conversions of many objects
values = [0, 1, -1, 0.0, -0.0, 1e-300, 0j, 1j, '', ' ', '0', b'', b'\x00', [], [[]], (), ((),), {}, {0: 0},
          set(), {0}, frozenset(), range(0), range(1), None, ..., NotImplemented if False else 0, bytearray()]
print([bool(v) for v in values])
print(bool is type(True), True is bool(1), type(bool('x')).__name__, bool.__mro__)
print(True == 1 == 1.0, True is not 1, int(True) is 1 if False else int(True) == 1)
print(bool.__new__(bool, 5), bool(-0.0), bool(float('nan')))
try:
    bool(1, 2)
except TypeError as e:
    print(e)
