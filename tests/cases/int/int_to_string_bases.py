# bin/oct/hex/format in various bases
for n in [0, 1, 255, -255, 2 ** 70, -(2 ** 70)]:
    print(bin(n), oct(n), hex(n))
print(format(255, 'b'), format(255, 'o'), format(255, 'x'), format(255, 'X'))
print(format(255, '#b'), format(255, '#o'), format(255, '#x'), format(255, '#X'))
print(format(255, '08b'), format(255, '#010b'), format(-255, '#x'), format(255, '+x'))
print(format(10 ** 20, ','), format(-10 ** 20, '_'), format(0xdeadbeef, '_x'), format(255, '_b'))
print(format(1234, 'd'), format(1234, 'n'), format(1234, '>8'), format(1234, '<8') + '|')
print(format(1234, '^9'), format(-1234, '=10'), format(1234, '010'), format(-1234, '010'))
print(format(42, 'c'), format(65, 'c'), format(42, 'e'), format(42, '.2f'), format(42, '%'))
print(str(-0), repr(12), str(10 ** 30))
try:
    format(42, 's')
except ValueError as e:
    print(e)
try:
    format(1, ',b')
except ValueError as e:
    print(e)
