# bool is a subclass of int
print(isinstance(True, int), issubclass(bool, int), type(True + 1).__name__)
print(True + True, True * 3, True / 2, True // 1, -True, ~True, ~False)
print(repr(True), str(False), int(True), float(False))
print(True == 1, False == 0, True is 1 == 1, hash(True))
print({True: 'a', 1: 'b', 1.0: 'c'})
print(bool(), bool(0), bool(''), bool([0]), bool(0.0), bool(-0.0), bool(0j))
print([True, False].count(1), [1, 0].index(False))
print(sum([True, True, False]), max(False, True))
print(f'{True:d} {True:>5} {False!r}', format(True, ''), format(True, '^7'))
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
print(True.real, True.imag, True.bit_length(), True.numerator)
print(True & 1, type(True & 1).__name__, True | False, type(True | False).__name__)
