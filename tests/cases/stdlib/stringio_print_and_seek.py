# StringIO positions, truncation and overwriting
import io
s = io.StringIO('hello world')
print(s.tell(), s.read(5), s.tell())
s.seek(6)
s.write('there')
print(repr(s.getvalue()))
s.seek(0, 2)
s.write('!')
print(repr(s.getvalue()), s.tell())
s.truncate(5)
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(s.readline(), s.read(), repr(s.read()))
out = io.StringIO()
print('a', 'b', sep='-', end='|', file=out)
print(1.5, None, file=out)
print(repr(out.getvalue()), out.writable(), out.readable(), out.seekable())
try:
    s.seek(-1)
except ValueError as e:
    print(e)
print(io.StringIO('x\ny\n').readlines(), list(io.StringIO('p\nq')))
