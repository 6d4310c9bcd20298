# round() on ints, floats and custom types
print(round(3.14159), round(3.14159, 2), round(-2.5), round(2.5), round(3.5), round(0.5), round(-0.5))
print(round(12345, -2), round(12355, -1), round(-15, -1), round(25, -1), round(35, -1))
print(round(1.23456e10, -5), round(0.000123456, 5), round(2 ** 70 + 1, -10))
class R:
    def __round__(self, n=None):
        return f'rounded to {n}'
print(round(R()), round(R(), 3))
try:
    round('1.5')
except TypeError as e:
    print(e)
try:
    round(1.5, '1')
except TypeError as e:
    print(e)
print(type(round(2.0)).__name__, type(round(2.0, 1)).__name__, type(round(7, 1)).__name__)
