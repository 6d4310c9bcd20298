# match on nested data: JSON-like commands
def run(cmd):
    match cmd:
        case {'op': 'move', 'to': {'x': int(x), 'y': int(y)}}:
            return f'move to {x},{y}'
        case {'op': 'say', 'text': str(t)} if len(t) < 10:
            return f'say {t!r}'
        case {'op': 'say'}:
            return 'text too long or missing'
        case {'op': 'batch', 'cmds': [*subs]}:
            return 'batch: ' + '; '.join(run(s) for s in subs)
        case {'op': op}:
            return f'unknown op {op}'
        case [('point', x, y), *_]:
            return f'list starting with point {x},{y}'
        case _:
            return 'malformed'
cmds = [
    {'op': 'move', 'to': {'x': 1, 'y': 2}},
    {'op': 'move', 'to': {'x': 1.5, 'y': 2}},
    {'op': 'say', 'text': 'hi'},
    {'op': 'say', 'text': 'a very long sentence'},
    {'op': 'batch', 'cmds': [{'op': 'say', 'text': 'one'}, {'op': 'jump'}]},
    [('point', 0, 0), 'extra'],
    'nonsense',
]
for c in cmds:
    print(run(c))
