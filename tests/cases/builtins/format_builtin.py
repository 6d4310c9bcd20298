# format() builtin and __format__
print(format(42), format(42, 'x'), format(3.14159, '.2f'), format('s', '>3'), format(None), format([1]))
print(format(1234567, ','), format(0.5, '%'), format(True), format(True, 'd'), format(b'x'))
class F:
    def __format__(self, spec):
        return f'F({spec!r})'
print(format(F()), format(F(), 'abc'), f'{F():xyz}', '{:q}'.format(F()))
class NoFormat:
    def __str__(self):
        return 'nf'
print(format(NoFormat()), f'{NoFormat()}')
try:
    format(NoFormat(), 'x')
except TypeError as e:
    print(e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except TypeError as e:
    print(e)
try:
    format(object(), '>10')
except TypeError as e:
    print(e)
print(format(1.0, ''), format(1.0, 'n'), format(10 ** 16 * 1.0, ''), format(2 ** 0.5, '.3'))
