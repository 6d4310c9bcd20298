# sequence patterns
def m(v):
    match v:
        case []:
            return 'empty'
        case [x]:
            return f'one: {x}'
        case [x, y]:
            return f'two: {x}, {y}'
        case [first, *rest] if len(rest) > 3:
            return f'long: {first} then {len(rest)}'
        case [first, *middle, last]:
            return f'first={first} middle={middle} last={last}'
for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), 'ab', range(3)]:
    print(repr(v), '->', m(v))
match (1, [2, 3]):
    case (a, [b, c]):
        print('nested', a, b, c)
match [1, 2, 3]:
    case [1, *_]:
        print('starts with 1')
match {'not': 'a sequence'}:
    case [*_]:
        print('no')
    case _:
        print('dict is not a sequence')
match b'ab':
    case [97, 98]:
        print('bytes matched as sequence')
    case _:
        print('bytes are not sequences for match')
