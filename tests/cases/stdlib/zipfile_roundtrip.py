"""zipfile: writing and reading archives, stored and deflated, in files and in memory."""
import io
import os
import zipfile

STAMP = (2021, 6, 15, 12, 30, 44)


def info(name, **kw):
    zi = zipfile.ZipInfo(name, STAMP)
    for k, v in kw.items():
        setattr(zi, k, v)
    return zi


def show(zf):
    for zi in zf.infolist():
        line = [zi.filename, zi.file_size, zi.CRC, zi.compress_type, zi.is_dir(),
                zi.flag_bits, zi.external_attr, zi.create_system, zi.extract_version]
        if zi.compress_type == zipfile.ZIP_STORED:
            line += [zi.compress_size, zi.header_offset]
        print(*line)


text = ''.join('line %d of the text member\n' % i for i in range(200))

# a stored archive with fixed timestamps is byte-for-byte what CPython writes
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as zf:
    print(repr(zf).startswith('<zipfile.ZipFile file=<_io.BytesIO object'), zf.mode)
    zf.writestr(info('hello.txt'), 'Hello, zip!\n')
    zf.writestr(info('dir/'), b'')
    zf.writestr(info('dir/data.bin'), bytes(range(256)))
    zf.writestr(info('caf\u00e9.txt'), 'non-ASCII name')
    zf.comment = b'archive comment'
raw = buf.getvalue()
print(len(raw), raw[:4], raw[-20:])
print(zipfile.crc32 if hasattr(zipfile, 'crc32') else 'no crc32 attr')

with zipfile.ZipFile(buf) as zf:
    print(zf.namelist())
    print(zf.comment)
    show(zf)
    for zi in zf.infolist():
        print(repr(zi), zi.date_time)
    print(zf.read('hello.txt'), zf.read('dir/data.bin')[:8], zf.read('caf\u00e9.txt'))
    print(zf.getinfo('dir/').is_dir(), zf.getinfo('hello.txt').is_dir())
    print(zf.testzip())

# deflated members, set per archive and per member
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(info('text.txt'), text)
    zf.writestr(info('stored.txt'), text, compress_type=zipfile.ZIP_STORED)
    zf.writestr(info('level9.txt'), text * 3, compresslevel=9)
    zf.writestr('named.txt', b'from a name')
with zipfile.ZipFile(buf) as zf:
    show(zf)
    print(zf.read('text.txt') == text.encode(), zf.read('level9.txt') == text.encode() * 3)
    print(zf.getinfo('text.txt').compress_size < len(text))
    print(zf.read('named.txt'), zf.getinfo('named.txt').compress_type)

# members as file objects
with zipfile.ZipFile(buf) as zf:
    with zf.open('text.txt') as f:
        print(repr(f))
        print(f.readline(), f.read(10), f.tell())
        print(f.readable(), f.seekable(), f.name, f.mode)
        print(f.seek(0), f.read(9), f.seek(-26, 2), f.read())
        f.seek(100)
        print(f.read(5), f.tell())
    print(repr(f), f.closed)
    with zf.open(zf.getinfo('stored.txt')) as f:
        lines = f.readlines()
        print(len(lines), lines[0], lines[-1])
    with zf.open('text.txt') as f:
        print(sum(1 for _ in f))

# writing a member through open(..., 'w')
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as zf:
    with zf.open(info('streamed.txt'), 'w') as w:
        print(w.write(b'part one, '), w.write(b'part two'))
    with zf.open('plain', 'w') as w:
        w.write(bytearray(b'bytearray data'))
with zipfile.ZipFile(buf) as zf:
    print(zf.read('streamed.txt'), zf.read('plain'))
    print(zf.getinfo('streamed.txt').file_size, zf.getinfo('plain').CRC)

# files on disk: write(), append mode, extract
os.makedirs('src/sub', exist_ok=True)
with open('src/top.txt', 'w') as f:
    f.write('top level file\n')
with open('src/sub/inner.txt', 'w') as f:
    f.write('inner file\n' * 10)
with zipfile.ZipFile('disk.zip', 'w') as zf:
    zf.write('src/top.txt')
    zf.write('src/sub/inner.txt', arcname='inner.txt', compress_type=zipfile.ZIP_DEFLATED)
    zf.write('src/sub', arcname='subdir')
    print(repr(zf))
with zipfile.ZipFile('disk.zip') as zf:
    print(zf.namelist())
    print([(zi.file_size, zi.compress_type, zi.is_dir()) for zi in zf.infolist()])
    print(zf.getinfo('subdir/').external_attr & 0xFFFF)
with zipfile.ZipFile('disk.zip', 'a') as zf:
    zf.writestr(info('added.txt'), 'appended later')
    zf.comment = b'now with a comment'
with zipfile.ZipFile('disk.zip') as zf:
    print(zf.namelist(), zf.comment)
    print(zf.read('added.txt'), zf.read('src/top.txt'))
    print(zf.extract('inner.txt', 'out1') == os.path.join('out1', 'inner.txt'))
    zf.extractall('out2')
    print(zf.extract(zf.getinfo('subdir/'), 'out3'))
print(open(os.path.join('out1', 'inner.txt')).read().count('inner'))
print(sorted(os.listdir('out2')), sorted(os.listdir(os.path.join('out2', 'src'))))
print(os.path.isdir(os.path.join('out2', 'subdir')))

# a member whose name climbs out of the target is kept inside it
with zipfile.ZipFile('evil.zip', 'w') as zf:
    zf.writestr(info('../../escape.txt'), 'contained')
    zf.writestr(info('/abs/path.txt'), 'contained too')
with zipfile.ZipFile('evil.zip') as zf:
    print(zf.namelist())
    print(zf.extract('../../escape.txt', 'safe'))
    print(zf.extract('/abs/path.txt', 'safe'))

# mode 'a' on a file that is not an archive appends one to it
with open('prefixed.bin', 'wb') as f:
    f.write(b'#!/bin/sh\necho not a zip\n')
with zipfile.ZipFile('prefixed.bin', 'a') as zf:
    zf.writestr(info('payload.txt'), 'after the script')
print(zipfile.is_zipfile('prefixed.bin'))
with zipfile.ZipFile('prefixed.bin') as zf:
    print(zf.namelist(), zf.read('payload.txt'), zf.getinfo('payload.txt').header_offset)

# ZipInfo on its own
zi = zipfile.ZipInfo('name.txt')
print(repr(zi), zi.date_time, zi.compress_type, zi.file_size, zi.comment, zi.extra)
print(repr(zipfile.ZipInfo('folder/')), zipfile.ZipInfo('folder/').is_dir())
zi = zipfile.ZipInfo.from_file('src/top.txt', 'renamed.txt')
print(zi.filename, zi.file_size, zi.is_dir())
print(zipfile.ZipInfo.from_file('src/sub').filename)
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
print(zipfile.is_zipfile('disk.zip'), zipfile.is_zipfile('src/top.txt'), zipfile.is_zipfile(io.BytesIO(raw)))
