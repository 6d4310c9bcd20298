# builtins applied to floats
print(abs(-3.5), max(1.5, 2), min([3.0, 2.5, 2.75]), sum([0.5, 0.25]))
print(divmod(10.5, 3), pow(2.0, 3), pow(9.0, 0.5), pow(-1.0, 0.5) if False else 'skip')
print(round(3.14159, 3), int(3.99), bool(0.0), bool(1e-300), str(1.0), repr(-1.5))
print(sorted([3.3, 1.1, 2.2], reverse=True), list(map(float, ['1', '2.5'])))
print(float.__add__(1.0, 2), float.__radd__(1.0, 2), float.__rsub__(1.0, 5), float.__rtruediv__(2.0, 1))
print((1.0).__add__('x'), (2.0).__mul__([]))
print(hash(1.5), hash(-1.5), hash(0.1), hash(1e-300), hash(-0.0))
print(format(2.5), str(2.5), f'{2.5!r}', '%s' % 2.5, '{}'.format(2.5))
