# the 4300-digit limit on int<->str conversion
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('1' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)), len(str(10 ** 4299 - 1)))
print(int('9' * 4300) % 1000)
print(len(hex(big)) > 4000)
try:
    repr(-big)
except ValueError as e:
    print('repr:', e)
try:
    f'{big}'
except ValueError as e:
    print('f-string:', e)
sys.set_int_max_str_digits(10000)
print(len(str(big)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(640)
try:
    int('1' * 641)
except ValueError as e:
    print(e)
print(int('1' * 640) > 0)
