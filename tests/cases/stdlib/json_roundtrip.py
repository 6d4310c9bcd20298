# json round trips
import json
data = {'name': 'kaa', 'tags': ['snake', 'python'], 'version': [0, 1], 'ratio': 0.1, 'ok': True, 'none': None}
text = json.dumps(data)
back = json.loads(text)
print(back == data, text)
print(json.loads(json.dumps('\x00\x1f\u2028 "\\')) == '\x00\x1f\u2028 "\\', json.dumps('\x00\x1f\u2028'))
print(json.loads(json.dumps([1.1, 2.2, 3.3000000000000003])))
print(json.dumps(json.loads('{"z": 1, "a": 2}')))
