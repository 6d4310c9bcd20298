# json with subclasses, default=, and indent forms
import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    raise TypeError(f'cannot encode {type(o).__name__}')
print(json.dumps([Point(1, 2)], default=encode))
print(json.dumps({'a': [1, {'b': None}]}, indent=0))
print(json.dumps([1, [2, 3]], indent=1, separators=(',', ': ')))
class MyDict(dict):
    pass
class MyInt(int):
    pass
print(json.dumps(MyDict(k=MyInt(3))), json.dumps([True, False, None, 1.0, -0.0]))
print(json.dumps('\u00e9\U0001F600\t'), json.dumps('\u00e9\U0001F600', ensure_ascii=False))
print(json.loads('"\\ud83d\\ude00"'), len(json.loads('"\\ud83d\\ude00"')))
print(json.dumps({'b': 1, 'a': {'d': 2, 'c': 3}}, sort_keys=True, indent=2))
