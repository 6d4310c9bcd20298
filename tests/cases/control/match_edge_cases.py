# subtle matching rules
def kind(v):
    match v:
        case True:
            return 'True'
        case 1:
            return 'one'
        case _:
            return 'other'
print(kind(1), kind(True), kind(1.0))
match 'abc':
    case ['a', 'b', 'c']:
        print('str matched as sequence')
    case _:
        print('str is not matched as sequence')
match [1, 2]:
    case (a, b):
        print('list matched tuple pattern', a, b)
match {'a': 1}:
    case {'a': 1, 'b': 2}:
        print('no')
    case {'a': v}:
        print('partial mapping', v)
for src in ['match x:\n    case a:\n        pass\n    case 1:\n        pass\n',
            'match x:\n    case [a, a]:\n        pass\n',
            'match x:\n    case a | b:\n        pass\n']:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print(e.msg)
match = 'match is a soft keyword'
case = 'so is case'
print(match, case)
