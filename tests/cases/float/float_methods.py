# float methods
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.75).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), float('inf').is_integer())
print((1.0).hex(), (0.5).hex(), (-0.1).hex(), (0.0).hex(), (1e300).hex(), float('inf').hex())
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'), float.fromhex('0x.8'), float.fromhex('inf'))
print((2.5).conjugate(), (2.5).real, (2.5).imag, (7.9).__trunc__(), (7.9).__floor__(), (7.1).__ceil__())
print(float.__name__, float(), float(5), float(True), float(-0))
print((3.7).__round__(), (3.75).__round__(1), (2.5).__int__())
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
try:
    float.fromhex('zz')
except ValueError as e:
    print(e)
class F(float):
    pass
f = F(2.5)
print(f, type(f).__name__, type(f + 1).__name__, repr(f))
print(float.__getformat__('double'))
