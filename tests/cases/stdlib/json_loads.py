# json.loads and its errors
import json
print(json.loads('{"a": [1, 2.5, null, true, false], "b": "s"}'))
print(json.loads('[1e3, -0, 0.1, 12345678901234567890]'), json.loads('"\\u00e9\\n"'), json.loads(' 42 '))
print(json.loads('NaN'), json.loads('-Infinity'), json.loads('{"k": 1, "k": 2}'))
for bad in ['', '{', '[1,]', "{'a': 1}", '{"a" 1}', 'tru', '[1] x', '"unterminated', '{"a": 1,}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, '|', e, '|', e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5]', parse_float=str), json.loads(b'[1]'))
