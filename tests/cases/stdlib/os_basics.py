# os: directories, files, stat, rename, errors with errno/strerror/filename.
import os
import stat

print(os.name, os.sep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.extsep)
print(os.altsep, os.devnull, os.defpath == '/bin:/usr/bin')
start = os.getcwd()
print(os.path.isabs(start), isinstance(os.getcwdb(), bytes))

os.mkdir('d1')
os.makedirs('d1/a/b/c')
os.makedirs('d1/a/b/c', exist_ok=True)
try:
    os.makedirs('d1/a/b/c')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
    print(e)
try:
    os.mkdir('d1')
except OSError as e:
    print(repr(e))

with open('d1/f.txt', 'w') as f:
    f.write('hello\n')
print(sorted(os.listdir('d1')))
print(sorted(os.listdir(b'd1')))
os.chdir('d1')
print(sorted(os.listdir()), os.path.basename(os.getcwd()))
os.chdir('..')
print(os.path.relpath(os.getcwd(), start))

s = os.stat('d1/f.txt')
print(type(s).__name__, s.st_size, stat.S_ISREG(s.st_mode), stat.S_ISDIR(s.st_mode))
print(stat.S_ISDIR(os.stat('d1').st_mode), len(s), s[6], s[stat.ST_SIZE])
print(isinstance(s.st_mtime, float), isinstance(s.st_mtime_ns, int), isinstance(s[8], int))
print(os.stat_result.n_sequence_fields, os.stat_result.n_fields)
os.utime('d1/f.txt', (1000000000, 1500000000.5))
s = os.stat('d1/f.txt')
print(s.st_atime, s.st_mtime, s.st_mtime_ns, s[8])
os.utime('d1/f.txt', ns=(5, 2000000000123456789))
print(os.stat('d1/f.txt').st_mtime_ns, os.stat('d1/f.txt').st_atime_ns)
print(repr(os.stat('d1/f.txt')).startswith('os.stat_result(st_mode='))

os.rename('d1/f.txt', 'd1/g.txt')
os.replace('d1/g.txt', 'd1/h.txt')
print(sorted(os.listdir('d1')))
try:
    os.rename('d1/nope', 'd1/x')
except FileNotFoundError as e:
    print(e, e.filename, e.filename2, e.args)

for func in (os.remove, os.unlink, os.rmdir, os.stat, os.lstat, os.listdir, os.chdir):
    try:
        func('missing')
    except OSError as e:
        print(func.__name__, type(e).__name__, e)
try:
    os.rmdir('d1')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove('d1')
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.listdir('d1/h.txt')
except NotADirectoryError as e:
    print(e)

for bad in (1.5, None, [1]):
    for func in (os.stat, os.mkdir, os.remove, os.listdir):
        try:
            func(bad)
        except TypeError as e:
            print(e)

os.remove('d1/h.txt')
os.removedirs('d1/a/b/c')
print(os.path.exists('d1'))
print(os.path.exists('d1/a'), 'd1' in os.listdir('.'))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath('a'), os.fspath(b'b'), os.fspath(P('c')))
print(isinstance(P('x'), os.PathLike), isinstance('x', os.PathLike), issubclass(P, os.PathLike))
for bad in (1, P(2)):
    try:
        os.fspath(bad)
    except TypeError as e:
        print(e)
os.mkdir(P('viapathlike'))
print(os.path.isdir('viapathlike'), os.path.isdir(P('viapathlike')))
os.rmdir(P('viapathlike'))
print(os.fsencode('abc'), os.fsdecode(b'abc'), os.fsencode(P('q')))

print(isinstance(os.getpid(), int), len(os.urandom(16)), os.urandom(0))
print(os.error is OSError, os.strerror(2))

s = os.stat('.')
for n in ('st_mode', 'st_mtime', 'st_rdev'):
    try:
        setattr(s, n, 1)
    except AttributeError as e:
        print(n, e)
print(type(s.st_mtime).__name__, type(s.st_blocks).__name__, type(s.st_atime_ns).__name__)
