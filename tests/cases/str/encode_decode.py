# encoding strings to bytes and back
s = 'héllo wörld €'
print(s.encode(), s.encode('utf-8'), s.encode('latin-1', errors='replace'))
print(s.encode('ascii', 'ignore'), s.encode('ascii', 'replace'), s.encode('ascii', 'backslashreplace'))
print(s.encode('ascii', 'xmlcharrefreplace'), s.encode('utf-16-le')[:8], s.encode('utf-32-be')[:8])
print(len(s), len(s.encode()), len('😀'.encode()), len('😀'.encode('utf-16')))
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
b = s.encode()
print(b.decode(), b.decode('latin-1'))
try:
    b'\xff\xfe\x00'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'\xffabc'.decode('utf-8', 'replace'), b'\xffabc'.decode('utf-8', 'ignore'), b'\xffabc'.decode('utf-8', 'backslashreplace'))
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
print(str(b'abc', 'ascii'), str(b'abc'), str(bytearray(b'xy'), 'utf-8'))
print('\ud800'.encode('utf-8', 'surrogatepass'), 'ok'.encode('UTF8'), 'ok'.encode('Latin1'))
try:
    '\ud800'.encode()
except UnicodeEncodeError as e:
    print(e)
