# open(): text and binary files, modes, positions, newlines, errors
import io
with open('t.txt', 'w') as f:
    print(f.write('héllo\nwörld\n'), f.tell(), f.mode, f.name, f.encoding, f.errors, f.closed)
    print('third line', file=f)
print(f.closed, repr(f), type(f).__name__, isinstance(f, io.TextIOWrapper), isinstance(f, io.IOBase))
with open('t.txt') as f:
    print(repr(f.read(3)), f.tell(), repr(f.readline()), f.tell(), repr(f.read()), f.tell(), repr(f.read()))
with open('t.txt', encoding='utf-8') as f:
    print(f.encoding, [line for line in f])
with open('t.txt') as f:
    print(f.readlines(), f.readline() == '')
with open('t.txt') as f:
    first = next(f)
    try:
        f.tell()
    except OSError as e:
        print('OSError', e)
    f.seek(0)
    first = f.readline()
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(repr(first), pos, f.read() == rest, f.seek(0), repr(f.readline(3)), f.seek(0, 2))
with open('t.txt', 'a') as f:
    f.write('appended\n')
print(open('t.txt').read().split('\n'))
with open('ascii.txt', 'w') as f:
    f.write('hello\nworld\n')
with open('ascii.txt', 'r+') as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write('HE')
    f.seek(0)
    print(repr(f.readline()))
with open('t.txt', 'w+') as f:
    f.write('one\ntwo\n')
    f.seek(0)
    print(f.read().split())
with open('nl.txt', 'w', newline='') as f:
    f.write('a\r\nb\rc\nd')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open('nl.txt', newline=nl) as f:
        print(repr(nl), f.readlines())
with open('nl.txt') as f:
    print(repr(f.read()), f.tell())
with open('crlf.txt', 'w', newline='\r\n') as f:
    f.write('x\ny\n')
print(open('crlf.txt', 'rb').read(), open('crlf.txt').read().split('\n'))
with open('b.bin', 'wb') as f:
    print(f.write(b'\x00\x01binary\n'), f.write(b'more\n'), f.tell(), f.mode, repr(f))
with open('b.bin', 'rb') as f:
    print(f.read(2), f.tell(), f.readline(), f.read(), f.read(), f.mode, type(f).__name__)
with open('b.bin', 'rb') as f:
    print(list(f), f.seek(-5, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(3))
with open('b.bin', 'r+b') as f:
    f.seek(2)
    f.write(b'B')
    print(f.mode, type(f).__name__, f.read(3), f.tell())
    print(f.truncate(4), f.tell())
print(open('b.bin', 'rb').read())
with open('b.bin', 'ab') as f:
    f.write(b'++')
print(open('b.bin', 'rb').read(), open('b.bin', 'rb').readlines())
with open('x.txt', 'x') as f:
    f.write('exclusive')
with open('latin.txt', 'w', encoding='latin-1') as f:
    f.write('caf\xe9')
print(open('latin.txt', 'rb').read(), open('latin.txt', encoding='latin-1').read())
fio = open('b.bin', 'rb', buffering=0)
print(type(fio).__name__, fio.read(3), repr(fio), fio.closefd)
fio.close()
print(repr(fio))
def show(label, fn):
    try:
        print(label, '->', fn())
    except Exception as ex:
        print(label, '!!', type(ex).__name__, ex)
show('missing', lambda: open('missing-file.txt'))
show('missing errno', lambda: open('nodir/x.txt', 'w'))
show('dir', lambda: open('.'))
show('exists', lambda: open('x.txt', 'x'))
show('mode zz', lambda: open('t.txt', 'zz'))
show('mode rw', lambda: open('t.txt', 'rw'))
show('mode rtb', lambda: open('t.txt', 'rtb'))
show('binary enc', lambda: open('t.txt', 'rb', encoding='utf-8'))
show('bad enc', lambda: open('t.txt', encoding='nope'))
show('bad newline', lambda: open('t.txt', newline='x'))
show('unbuffered text', lambda: open('t.txt', buffering=0))
show('bad file', lambda: open(1.5))
show('read on w', lambda: open('w.txt', 'w').read())
show('write on r', lambda: open('t.txt').write('x'))
show('write bytes to text', lambda: open('w.txt', 'w').write(b'x'))
show('write str to binary', lambda: open('w.bin', 'wb').write('x'))
show('text cur seek', lambda: open('t.txt').seek(1, 1))
show('binary negative seek', lambda: open('b.bin', 'rb').seek(-1))
try:
    open('missing-file.txt')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, isinstance(e, FileNotFoundError))
f = open('t.txt')
f.close()
for name, fn in [('read', f.read), ('readline', f.readline), ('tell', f.tell), ('seek', lambda: f.seek(0)),
                 ('next', lambda: next(f)), ('enter', f.__enter__), ('readable', f.readable), ('close', f.close)]:
    show('closed ' + name, fn)
print(f.closed, f.name, repr(f))
