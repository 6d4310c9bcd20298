# json.dumps
import json
print(json.dumps({'a': 1, 'b': [1, 2.5, None, True, False], 'c': 'str'}))
print(json.dumps([1, 'two', {'three': 3}], indent=2))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True), json.dumps('é'), json.dumps('é', ensure_ascii=False))
print(json.dumps({'x': 1}, separators=(',', ':')), json.dumps([]), json.dumps({}), json.dumps('quote"s\n'))
print(json.dumps(1e100), json.dumps(float('inf')), json.dumps(10 ** 20), json.dumps((1, 2)))
print(json.dumps({1: 'int key', 2.5: 'float key', True: 'bool key', None: 'none key'}))
for bad in [{1, 2}, object, b'bytes', {(1, 2): 'tuple key'}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(e)
print(json.dumps({'nested': {'deep': [1, [2, [3]]]}}, indent='\t'))
