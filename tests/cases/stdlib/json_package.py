import io
import json
import json.decoder
import json.encoder
import json.scanner
import os
import tempfile

print(json.decoder.JSONDecodeError is json.JSONDecodeError)
print(json.JSONDecoder is json.decoder.JSONDecoder, json.JSONEncoder is json.encoder.JSONEncoder)
print(json.__all__)
print(json.__name__, json.__package__, json.decoder.__package__, json.__spec__.parent)
print(os.path.basename(json.__file__), os.path.basename(os.path.dirname(json.__file__)))
print(os.path.basename(json.decoder.__file__), json.decoder.__name__)
print(json.JSONDecodeError.__module__, json.JSONEncoder.__module__, json.JSONDecoder.__module__)
print(json.dumps.__module__, json.loads.__name__)
print(json.decoder.__all__, json.scanner.__all__)
print(hasattr(json, 'tool') or 'json.tool' not in __import__('sys').modules)

# dump/load through files
path = os.path.join(tempfile.mkdtemp(), 'data.json')
data = {'name': 'kaa', 'list': [1, 2.5, None, True, False], 'nested': {'a': [], 'b': {}}}
with open(path, 'w') as f:
    json.dump(data, f)
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(json.load(f) == data)
with open(path, 'w') as f:
    json.dump(data, f, indent=2, sort_keys=True)
with open(path) as f:
    print(f.read())
with open(path, 'rb') as f:
    print(json.load(f)['list'])
os.remove(path)

# dump writes pieces
class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

r = Recorder()
json.dump([1, 'two', {'three': [3, 4]}, []], r)
print(r.parts)
r = Recorder()
json.dump({'a': [1, {'b': None}]}, r, indent=1)
print(r.parts)

# iterencode and encode
enc = json.JSONEncoder()
print(list(enc.iterencode({'x': [1, 2], 'y': 'z'})))
print(enc.iterencode([1, 2], _one_shot=True))
print(list(json.JSONEncoder(indent='\t').iterencode([[1], {'k': 1.5}])))
print(enc.encode('plain'), enc.encode([1, 'é']), json.JSONEncoder(ensure_ascii=False).encode('é'))
print(json.encoder.encode_basestring_ascii('a"b\n\u00e9\U0001f600'))
print(json.encoder.encode_basestring('a"b\n\u00e9'))

# bytes input with every encoding
print(json.loads(b'\xef\xbb\xbf{"k": 1}'), json.detect_encoding(b'\xef\xbb\xbf{}'))
for enc_name in ('utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'):
    print(enc_name, json.loads('{"k": ["\u00e9", 1]}'.encode(enc_name)), json.detect_encoding('{"k": 1}'.encode(enc_name)))
print(json.loads(bytearray(b'[1, 2]')))

# scanner and raw_decode
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'), dec.raw_decode('  {"a": 1}', 2))
print(dec.scan_once('xx 12.5e1', 3))
try:
    dec.scan_once('abc', 0)
except StopIteration as e:
    print('StopIteration', e.value)
print(json.decoder.scanstring('"hello\\n" rest', 1))
print(type(dec.scan_once).__name__)
print(json.loads('  [1]\n '), json.loads('"\\ud83d\\ude00"'))
print(json.loads('{"a": NaN, "b": Infinity, "c": -Infinity}'))
print(json.loads('123456789012345678901234567890'))
