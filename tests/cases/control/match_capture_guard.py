# capture patterns, as-patterns, guards, wildcards
def m(v):
    match v:
        case (x, y) as pair if x > y:
            return f'descending {pair}'
        case (x, y):
            return f'pair {x} {y}'
        case [int() | float() as num, *_]:
            return f'starts with number {num}'
        case str(s) if s.isdigit():
            return f'digits {s}'
        case str(s):
            return f'text {s}'
        case other:
            return f'captured {other!r}'
for v in [(2, 1), (1, 2), [3.5, 'x', 1], '123', 'abc', {1}]:
    print(m(v))
calls = []
def guard(n):
    calls.append(n)
    return False
match 5:
    case 1 if guard(1):
        pass
    case 5 if guard(5):
        pass
    case _:
        print('fell through; guards called for', calls)
match 42:
    case x:
        pass
print('capture binds after match:', x)
