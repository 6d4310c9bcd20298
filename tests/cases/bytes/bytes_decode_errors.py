# decoding invalid data
data = [b'\xc3\x28', b'\xa0\xa1', b'\xe2\x82', b'\xf0\x9f\x98', b'\xed\xa0\x80', b'ok\xff']
for d in data:
    try:
        d.decode('utf-8')
    except UnicodeDecodeError as e:
        print(e.start, e.end, e.reason, '|', e)
    print(d.decode('utf-8', 'replace'), d.decode('utf-8', 'ignore'), d.decode('latin-1'), d.decode('utf-8', 'backslashreplace'))
try:
    b'\x80'.decode('ascii')
except UnicodeDecodeError as e:
    print(e)
print(b'\xe9t\xe9'.decode('latin-1'), 'été'.encode('latin-1'), b'\xff\xfe'.decode('utf-16'))
print(b'abc'.decode('utf-8', 'strict'), b'abc'.decode(errors='ignore'))
