# io.StringIO / io.BytesIO details, newline modes, subclassing, the IOBase family
import io
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
s = io.StringIO(); s.write('x'); s.seek(5); s.write('y'); print(repr(s.getvalue()))
s = io.StringIO('abc'); print(s.truncate(1), s.tell(), repr(s.getvalue()), repr(s.read()))
s = io.StringIO('hello'); s.seek(2); s.write('LL'); print(s.getvalue(), s.tell(), s.read(), s.seek(0, 2), s.seek(0, 1))
s = io.StringIO('a\nbb\nccc\n'); print(s.readline(1), s.readline(), s.readlines(2), s.readline(None), repr(s.read(None)))
s = io.StringIO('日本語\nテキスト'); print(s.read(2), s.tell(), s.readline(), s.read(-5))
s = io.StringIO(); s.writelines(['a', 'b', 'c']); print(s.getvalue(), s.isatty(), s.line_buffering, s.encoding, s.errors)
print(io.StringIO(None).getvalue() == '', io.StringIO(initial_value='kw').read(), io.StringIO('x', newline=None).read())
b = io.BytesIO(b'abc\ndef\n')
print(b.read(2), b.readline(), b.tell(), b.readlines(), b.read(), b.getvalue())
b = io.BytesIO(); b.write(b'hello'); b.seek(8); b.write(b'!'); print(b.getvalue(), b.tell(), b.seek(-2, 2), b.read(), b.seek(-100, 1))
b = io.BytesIO(b'xyz'); print(b.truncate(2), b.getvalue(), b.read1(), list(io.BytesIO(b'1\n2\n3')), b.seek(0), b.read1(1))
print(b.readable(), b.writable(), b.seekable(), b.flush(), io.BytesIO(initial_bytes=b'q').read())
with io.BytesIO(b'ctx') as bb:
    print(bb.read(), bb.closed)
print(bb.closed)
class Upper(io.StringIO):
    def write(self, s):
        return io.StringIO.write(self, s.upper())
u = Upper()
print('shout', file=u)
print(repr(u.getvalue()), isinstance(u, io.StringIO), isinstance(u, io.TextIOBase), type(u).__mro__[1:3])
class Lines(io.StringIO):
    def __init__(self, lines):
        io.StringIO.__init__(self, "\n".join(lines))
        self.count = len(lines)
lz = Lines(['p', 'q'])
print(lz.count, lz.readlines())
class Custom(io.IOBase):
    def __init__(self):
        self.items = ['one\n', 'two\n']
    def readline(self):
        return self.items.pop(0) if self.items else ''
c = Custom()
print(list(c), c.closed, c.readable())
with Custom() as c2:
    print(next(c2), c2.closed)
print(c2.closed)
print(io.StringIO.__mro__, io.BytesIO.__mro__)
print(io.UnsupportedOperation.__mro__, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(type(io.StringIO()), io.open is open, issubclass(io.UnsupportedOperation, OSError))
def show(label, fn):
    try:
        print(label, '->', fn())
    except Exception as ex:
        print(label, '!!', type(ex).__name__, ex)
show('init int', lambda: io.StringIO(1))
show('write int', lambda: io.StringIO().write(1))
show('bad newline', lambda: io.StringIO(newline='x'))
show('seek cur', lambda: io.StringIO().seek(1, 1))
show('seek whence', lambda: io.StringIO().seek(0, 3))
show('seek neg', lambda: io.StringIO().seek(-1))
show('truncate neg', lambda: io.StringIO().truncate(-1))
show('fileno', lambda: io.StringIO().fileno())
show('readline str', lambda: io.StringIO().readline('x'))
show('bytes write str', lambda: io.BytesIO().write('s'))
show('bytes init str', lambda: io.BytesIO('s'))
show('bytes seek neg', lambda: io.BytesIO().seek(-1))
show('detach', lambda: io.StringIO().detach())
s = io.StringIO('x')
s.close()
for name, fn in [('read', s.read), ('write', lambda: s.write('y')), ('getvalue', s.getvalue), ('tell', s.tell),
                 ('readable', s.readable), ('next', lambda: next(s)), ('close', s.close), ('closed', lambda: s.closed)]:
    show('closed ' + name, fn)
b = io.BytesIO(b'x')
b.close()
show('bytes closed read', b.read)
show('bytes closed getvalue', b.getvalue)
