# methods of int
n = 1000
print(n.to_bytes(2, 'big'), n.to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x03\xe8', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True))
print(int.from_bytes([1, 0], 'big'), int.from_bytes(b'', 'big'))
try:
    (1000).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
print((10).as_integer_ratio(), (-7).conjugate(), (5).__index__())
print((37).bit_length(), (-37).bit_length(), (2 ** 100).bit_length())
print(int.__name__, (5).real, (5).imag, (5).numerator, (5).denominator)
print((3).__add__(4), (3).__radd__(4), (3).__add__(1.0), (3).__truediv__(2))
print((5).__round__(), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5, 2), type(round(5)).__name__, round(123456, -10))
print((255).to_bytes(1, byteorder='big'), (1).to_bytes())
