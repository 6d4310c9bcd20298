# star patterns in sequences and ** in mappings
def m(v):
    match v:
        case [*_, 'end']:
            return 'ends with end'
        case ['start', *middle, _]:
            return f'starts; middle={middle}'
        case [_, _, *_]:
            return 'two or more'
        case {'a': _, **rest} if rest:
            return f'a plus {sorted(rest)}'
        case {'a': _}:
            return 'only a (other keys allowed but none present)'
        case _:
            return 'nothing'
for v in [['x', 'end'], ['start', 1, 2, 3], ['start', 'z'], [1, 2, 3], {'a': 1, 'b': 2, 'c': 3}, {'a': 1}, [1], 'end']:
    print(repr(v), '->', m(v))
