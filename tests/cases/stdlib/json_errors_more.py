import json



def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, repr(e.doc)[:30])
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', repr(r))


for doc in ['', '   ', '[', '[1,', '[1 2]', '{"a" 1}', '{"a": 1,}', '{1: 2}', '[1,]',
            '"abc', '"\\x"', '"\\u12"', '"\\u12G4"', 'nul', 'tru', '-', '-x', '01', '1.', '1e',
            '[1]\n  x', '{"a":\n\n  bad}', '"\x01"', '[1] [2]', '\ufeff[]', 'NaNa', '{"a": [}',
            '[' * 3 + ']' * 2, '{"k": "v" "w"}', '1 2', '  \n 7 \n ']:
    attempt(json.loads, doc)

attempt(json.loads, 5)
attempt(json.loads, None)
attempt(json.loads, b'\xff\xfe\x00')
attempt(json.loads, '[1]', 2)
attempt(json.loads)
attempt(json.loads, '[]', bogus=1)
attempt(json.loads, '[]', cls=None, object_hook=None)

e = json.JSONDecodeError('Custom', 'line1\nline2', 8)
print(e, e.args, e.lineno, e.colno, isinstance(e, ValueError))
e2 = e.__reduce__()[0](*e.__reduce__()[1])
print(type(e2).__name__, e2, e2.pos)
print(json.JSONDecodeError.__mro__)

dec = json.JSONDecoder()
attempt(dec.raw_decode, 'xyz')
attempt(dec.raw_decode, '[1, 2', 0)
attempt(dec.raw_decode, '  [1]', 0)
attempt(dec.raw_decode, '[1]', -1)
attempt(dec.scan_once, b'[1]', 0)
attempt(dec.decode, '[1] x')
attempt(json.decoder.scanstring, '"abc', 1)
attempt(json.decoder.scanstring, '"a\x05b"', 1)
attempt(json.decoder.scanstring, '"a\x05b"', 1, False)

# encoder errors
attempt(json.dumps, {1, 2})
attempt(json.dumps, {'a': object()})
attempt(json.dumps, {(1,): 2})
attempt(json.dumps, {(1,): 2}, indent=2)
attempt(json.dumps, float('nan'), allow_nan=False)
attempt(json.dumps, [float('inf')], allow_nan=False, indent=1)
attempt(json.dumps, {float('-inf'): 1}, allow_nan=False, indent=1)
l = [1]
l.append(l)
attempt(json.dumps, l)
attempt(json.dumps, l, indent=1)
d = {}
d['self'] = d
attempt(json.dumps, d)
attempt(json.dumps, d, indent=1)
attempt(json.dumps, [1, 2], 3)
attempt(json.dumps)
attempt(json.dumps, [1], indent=2.5)
attempt(json.dumps, [1], separators=(',',))
attempt(json.dump, [1])
attempt(json.dump, [1], None)
attempt(json.JSONEncoder, 1)
attempt(json.JSONEncoder, bogus=1)
attempt(json.JSONDecoder, 1)
attempt(json.JSONDecoder, bogus=1)
attempt(json.JSONEncoder().encode, object())
attempt(json.dumps, {'a': 1, 2: 'b'}, sort_keys=True)
attempt(json.dumps, [object()], default=lambda o: o)
attempt(json.dumps, [object()], check_circular=False, default=lambda o: 1)
