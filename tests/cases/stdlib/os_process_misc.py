# os.uname, os.pipe, os.fsync, os.kill with signal 0.
import os
u = os.uname()
print(repr(u) == repr(os.uname()), u.sysname, len(u), type(u).__name__, u[0] == u.sysname)
r, w = os.pipe()
os.write(w, b'through the pipe')
os.close(w)
print(os.read(r, 100), os.read(r, 100))
os.close(r)
with open('f', 'w') as f:
    f.write('x')
    os.fsync(f)
    os.fsync(f.fileno())
os.kill(os.getpid(), 0)
try:
    os.kill(999999999, 0)
except ProcessLookupError as e:
    print(e)
