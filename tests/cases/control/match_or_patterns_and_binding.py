# or-patterns must bind the same names
def m(v):
    match v:
        case (1, x) | (x, 1):
            return f'pair containing 1, other={x}'
        case [x] | {'only': x}:
            return f'single {x}'
        case int() | float() as num if num > 100:
            return 'big number'
        case 'a' | 'b' | 'c' as letter:
            return 'letter ' + letter
        case _:
            return 'other'
for v in [(1, 5), (7, 1), [3], {'only': 4}, 500, 5.5, 'b', 'z']:
    print(repr(v), m(v))
try:
    compile('match v:\n    case [x] | [y]:\n        pass\n', '<s>', 'exec')
except SyntaxError as e:
    print(e.msg)
