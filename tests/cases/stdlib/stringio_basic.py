# io.StringIO as an in-memory text file
import io
buf = io.StringIO()
print(buf.write('hello '), buf.write('world\n'))
print('printed line', file=buf)
print(repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.read(5)), repr(buf.readline()), buf.readlines())
src = io.StringIO('a\nb\nc')
print([line for line in src])
src.seek(2)
print(src.tell(), repr(src.read()))
buf.close()
try:
    buf.getvalue()
except ValueError as e:
    print(e)
with io.StringIO('ctx') as s:
    print(s.read(), s.closed)
print(s.closed)
