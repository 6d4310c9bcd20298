# self-matching builtin classes take a single positional pattern
def m(v):
    match v:
        case bool(b):
            return f'bool {b}'
        case int(i):
            return f'int {i}'
        case float(f):
            return f'float {f}'
        case str(s):
            return f'str {s}'
        case bytes(b):
            return f'bytes {b!r}'
        case list([x, *_]):
            return f'list starting {x}'
        case tuple((a, b)):
            return f'tuple {a} {b}'
        case dict({'k': k}):
            return f'dict k={k}'
        case set() | frozenset():
            return 'a set'
        case _:
            return 'no match'
for v in [True, 3, 2.0, 's', b'b', [9, 8], (1, 2), {'k': 1}, {1}, frozenset(), None]:
    print(m(v))
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print(e)
