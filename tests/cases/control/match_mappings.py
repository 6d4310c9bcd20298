# mapping patterns
def m(v):
    match v:
        case {'type': 'point', 'x': x, 'y': y}:
            return f'point {x},{y}'
        case {'type': 'circle', 'r': r, **rest}:
            return f'circle r={r} rest={rest}'
        case {'type': t}:
            return f'unknown type {t}'
        case {}:
            return 'empty or other mapping'
        case _:
            return 'not a mapping'
print(m({'type': 'point', 'x': 1, 'y': 2, 'extra': 0}))
print(m({'type': 'circle', 'r': 5, 'color': 'red', 'z': 1}))
print(m({'type': 'square'}))
print(m({'kind': 1}))
print(m({}))
print(m([('type', 'point')]))
class MyMap(dict):
    pass
print(m(MyMap(type='point', x=0, y=0)))
class Missing(dict):
    def __missing__(self, key):
        return 0
dd = Missing()
match dd:
    case {'missing': _}:
        print('matched missing')
    case _:
        print('__missing__ not triggered', dict(dd))
