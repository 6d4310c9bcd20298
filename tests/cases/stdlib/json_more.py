# json: encoder/decoder classes, hooks, dump/load with files, error positions, edge cases
import json
import io
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return json.JSONEncoder.default(self, o)
print(json.dumps({'s': {3, 1, 2}}, cls=Enc), Enc(indent=2).encode([1, {2, 1}]), Enc().encode('x'))
print(json.JSONEncoder(sort_keys=True).encode({'b': 1, 'a': 2}), json.JSONEncoder().item_separator, json.JSONEncoder(indent=1).item_separator)
print(''.join(json.JSONEncoder().iterencode([1, 2])), json.dumps([1, {'a': set()}], default=list))
print(json.dumps({'a': 1, 'b': 2}, indent=4, separators=(', ', ' = ')), json.dumps([[], {}], indent=2))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True), json.dumps({(1, 2): 1, 'k': 2}, skipkeys=True))
print(json.dumps(['\u2603', '\x7f', '\x1f'], ensure_ascii=True), json.dumps(['\u2603', '\x7f'], ensure_ascii=False))
print(json.dumps([float('nan'), float('-inf'), 1e-7, 123456789.0, 1e16, -0.0, 2 ** 70]))
class F(float):
    def __repr__(self): return 'F!'
class I(int):
    def __repr__(self): return 'I!'
class S(str):
    pass
print(json.dumps([F(1.5), I(7), S('s'), True]), json.dumps({I(1): F(2.0)}))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError', e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError', e)
print(json.dumps([[1]] * 2))
buf = io.StringIO()
json.dump({'k': [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))
print(json.loads('{"a": {"b": 1}}', object_pairs_hook=lambda p: ('pairs', p)))
print(json.loads('[1, 2.0, NaN]', parse_int=lambda s: 'int:' + s, parse_float=lambda s: 'float:' + s, parse_constant=lambda s: 'const:' + s))
print(json.loads('"a\\tb"'), json.loads('"\\u00e9\\u20ac\\ud83d\\ude00"'), json.loads('"\\/"'), json.loads('["\t"]', strict=False))
print(json.loads('123456789012345678901234567890'), json.loads('-0'), json.loads('1E400'), json.loads('[-1.5e-3]'))
dec = json.JSONDecoder(object_hook=lambda d: len(d))
print(dec.decode('[{"a": 1, "b": 2}, {}]'), dec.raw_decode('{"x": 1} trailing'), json.JSONDecoder().raw_decode('  [1]', 2))
print(json.loads(b'{"bytes": true}'), json.loads(b'[1]'), json.loads('\t\n [ ] \r\n'))
e = json.JSONDecodeError('msg', 'ab\ncd', 4)
print(e, e.msg, e.doc, e.pos, e.lineno, e.colno, e.args, isinstance(e, ValueError), type(e).__module__)
for bad in ['"a\x01"', '"\\x"', '"\\u12"', '"\\u12zz"', '{"a":', '\n\n  x', '"abc', '{"a" 1}', '{1: 2}',
            '{"a": 1 "b"}', '[1,', 'nul', '  ', '1 2', '-', '01', '[1 2]', '{"a": 1,}', '\ufeff[]', '[-]', 'Infinit']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '|', e, '|', e.pos, e.lineno, e.colno)
def show(label, fn):
    try:
        print(label, '->', fn())
    except Exception as ex:
        print(label, '!!', type(ex).__name__, ex)
show('loads int', lambda: json.loads(5))
show('loads kw', lambda: json.loads('1', foo=1))
show('dumps kw', lambda: json.dumps(1, foo=1))
show('dumps nan strict', lambda: json.dumps([float('inf')], allow_nan=False))
show('dumps bytes', lambda: json.dumps(b'x'))
show('dumps key', lambda: json.dumps({(1,): 2}))
show('dumps sort mixed', lambda: json.dumps({1: 1, 'a': 2}, sort_keys=True))
show('default raises', lambda: json.dumps(object(), default=lambda o: 1 / 0))
show('decoder positional', lambda: json.JSONDecoder(1))
