# literal and value patterns
def m(v):
    match v:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case 'hello':
            return 'greeting'
        case b'bytes':
            return 'bytes'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case 2j:
            return 'complex'
        case None:
            return 'none'
        case True:
            return 'true'
        case False:
            return 'false'
        case _:
            return 'other'
for v in [0, 2, 'hello', b'bytes', -1, 1.5, 2j, None, True, False, 0.0, 1.0, 'x', [], 3.0]:
    print(repr(v), m(v))
