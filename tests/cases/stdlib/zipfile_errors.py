"""zipfile: the errors for missing members, bad archives, closed archives and wrong modes."""
import io
import warnings
import zipfile

STAMP = (2020, 1, 1, 0, 0, 0)


def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, 'ok', r if not hasattr(r, 'close') else type(r).__name__)


buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as zf:
    zf.writestr(zipfile.ZipInfo('a.txt', STAMP), b'alpha')
    zf.writestr(zipfile.ZipInfo('b.txt', STAMP), b'bravo')

zf = zipfile.ZipFile(buf)
attempt('getinfo', zf.getinfo, 'missing')
attempt('read', zf.read, 'missing')
attempt('open', zf.open, 'missing')
attempt('open mode', zf.open, 'a.txt', 'q')
attempt('writestr in r', zf.writestr, 'c.txt', 'x')
attempt('write in r', zf.write, 'nothing.txt')
try:
    zf.getinfo('x/y')
except KeyError as e:
    print(repr(e))
zf.close()
zf.close()
print(repr(zf))
attempt('read closed', zf.read, 'a.txt')
attempt('open closed', zf.open, 'a.txt')
attempt('namelist closed', zf.namelist)

w = zipfile.ZipFile(io.BytesIO(), 'w')
w.close()
attempt('writestr closed', w.writestr, 'c.txt', 'x')

attempt('bad mode', zipfile.ZipFile, buf, 'rw')
attempt('missing file', zipfile.ZipFile, 'no_such_file.zip')
attempt('bad method', zipfile.ZipFile, io.BytesIO(), 'w', 99)
with open('exists.zip', 'wb') as f:
    f.write(buf.getvalue())
attempt('mode x', zipfile.ZipFile, 'exists.zip', 'x')

with open('not_a_zip.txt', 'wb') as f:
    f.write(b'this is plain text, long enough to look for a directory' * 3)
attempt('not a zip', zipfile.ZipFile, 'not_a_zip.txt')
attempt('tiny file', zipfile.ZipFile, io.BytesIO(b'PK'))
attempt('empty', zipfile.ZipFile, io.BytesIO(b''))
print(zipfile.is_zipfile('not_a_zip.txt'), zipfile.is_zipfile('no_such_file.zip'),
      zipfile.is_zipfile(io.BytesIO(b'')))
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile)
print([c.__name__ for c in zipfile.BadZipFile.__mro__])
print([c.__name__ for c in zipfile.LargeZipFile.__mro__])

# a damaged member fails its CRC check
data = bytearray(buf.getvalue())
pos = data.find(b'alpha')
data[pos] = ord('A')
with zipfile.ZipFile(io.BytesIO(bytes(data))) as bad:
    attempt('bad crc', bad.read, 'a.txt')
    print(bad.read('b.txt'))
    print(bad.testzip())

# a damaged central directory
data = bytearray(buf.getvalue())
cd = data.find(b'PK\x01\x02')
data[cd + 3] = 9
attempt('bad central dir', zipfile.ZipFile, io.BytesIO(bytes(data)))

# the local header's name must match the directory's
data = bytearray(buf.getvalue())
data[30] = ord('z')
with zipfile.ZipFile(io.BytesIO(bytes(data))) as bad:
    attempt('name mismatch', bad.read, 'a.txt')

# a local header that is not one
data = bytearray(buf.getvalue())
data[0:4] = b'XXXX'
with zipfile.ZipFile(io.BytesIO(bytes(data))) as bad:
    attempt('bad local header', bad.read, 'a.txt')

# writing the same name twice warns
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    with zipfile.ZipFile(io.BytesIO(), 'w') as dup:
        dup.writestr(zipfile.ZipInfo('same.txt', STAMP), 'one')
        dup.writestr(zipfile.ZipInfo('same.txt', STAMP), 'two')
        print(dup.namelist())
print([(w.category.__name__, str(w.message)) for w in caught])

# comments must be bytes
with zipfile.ZipFile(io.BytesIO(), 'w') as c:
    attempt('str comment', setattr, c, 'comment', 'text')
attempt('old timestamp', zipfile.ZipInfo, 'x', (1979, 12, 31, 0, 0, 0))
