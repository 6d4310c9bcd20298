# Lone surrogates through the codecs: every error handler, both directions
s = '\ud800'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'ascii', 'latin-1']:
    for err in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogatepass', 'surrogateescape']:
        try:
            print(enc, err, ('a' + s + '\udfff' + 'é\udc80').encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, 'UEE', e, e.start, e.end, repr(e.object))
for b, enc in [(b'a\xed\xa0\x80b', 'utf-8'), (b'\xff\xfeab', 'utf-8'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\x80abc\xff', 'ascii')]:
    for err in ['strict', 'surrogatepass', 'surrogateescape', 'replace']:
        try:
            r = b.decode(enc, err)
            print(enc, err, repr(r), len(r), [hex(ord(c)) for c in r], r.encode(enc, 'surrogateescape' if err == 'surrogateescape' else 'surrogatepass'))
        except UnicodeError as e:
            print(enc, err, type(e).__name__, e)
print(repr('\ud800'.encode('unicode_escape')), repr('\ud800x'.encode('raw_unicode_escape')))
try:
    print('\ud800')
except UnicodeEncodeError as e:
    print('print failed', e)
t = 'x\udc80y'
print(t < 'x\ue000', t > 'x\u00ff', sorted(['\ue000', '\ud800', '\uffff', 'z']) == ['z', '\ud800', '\ue000', '\uffff'])
print(t.upper() == 'X\udc80Y', repr(t.upper()), repr(t[1]), repr(t[1:]), repr(t * 2), repr(t + t), t.find('\udc80'), list(t), repr('-'.join(t)))
print(repr(f'{t}'), repr('%s|%r' % (t, t)), repr('{}'.format(t)), t.isprintable(), t.isalpha(), repr(t.split('\udc80')))
import json
print(json.dumps(t), json.dumps(t, ensure_ascii=False) == '"' + t + '"', repr(json.loads('"\\ud83d"')), repr(json.loads('"\\ud83d\\ude00"')))
print(hash(t) == hash('x\udc80y'), t == 'x\udc80y', {t: 1}['x\udc80y'], chr(0xd800) == '\ud800', str(t) is t)
import os
print(repr(os.fsdecode(b'\xff')), os.fsencode('\udcff'))
