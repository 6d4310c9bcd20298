# UTF-16/32 and escape codecs, error handlers, and UnicodeError attributes
s = 'aé€😀'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'unicode_escape', 'raw_unicode_escape']:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print(b'\xff\xfea\x00'.decode('utf-16'), b'\xfe\xff\x00a'.decode('utf-16'), b'a\\tb\\x41\\u00e9\\n'.decode('unicode_escape'))
for data, enc in [(b'a', 'utf-16-le'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\xdc\x00\x00', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'),
                  (b'\x00', 'utf-32'), (b'\xc3\x28x', 'utf-8'), (b'\xe2\x82', 'utf-8'), (b'\xe2\x82x', 'utf-8'), (b'ab\xc3', 'utf-8'),
                  (b'\xf8\x88', 'utf-8'), (b'\x80\x81', 'ascii')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e.encoding, e.object, e.start, e.end, e.reason, '|', e)
    print(repr(data.decode(enc, 'replace')), repr(data.decode(enc, 'ignore')), repr(data.decode(enc, 'backslashreplace')))
for text, enc in [('aé€😀', 'ascii'), ('a€😀', 'latin-1'), ('xé', 'ascii')]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(e.encoding, e.object, e.start, e.end, e.reason, e.args, '|', e)
    print(text.encode(enc, 'replace'), text.encode(enc, 'xmlcharrefreplace'), text.encode(enc, 'backslashreplace'))
try:
    b'\xff'.decode('utf-8', 'bogus')
except LookupError as e:
    print(e)
print(b'ok'.decode('utf-8', 'bogus'), 'Ok'.encode('UTF_8'), 'x'.encode(encoding='U8'))
e = UnicodeDecodeError('utf-8', b'abc', 1, 3, 'boom')
print(str(e), e.args, e.start, e.end)
e = UnicodeEncodeError('ascii', 'abc', 1, 2, 'boom')
print(str(e), e.object, e.reason)
