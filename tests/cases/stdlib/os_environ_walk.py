# os.environ, getenv, putenv, os.walk, os.scandir, fd functions.
import os

os.environ['KAA_TEST_VAR'] = 'value1'
print(os.environ['KAA_TEST_VAR'], os.getenv('KAA_TEST_VAR'), 'KAA_TEST_VAR' in os.environ)
print(os.environb[b'KAA_TEST_VAR'])
print(os.getenv('KAA_NOT_SET'), os.getenv('KAA_NOT_SET', 'dflt'))
del os.environ['KAA_TEST_VAR']
print(os.getenv('KAA_TEST_VAR'), 'KAA_TEST_VAR' in os.environ)
try:
    os.environ['KAA_NOT_SET']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print(e)
os.environ.setdefault('KAA_SD', 'one')
os.environ.setdefault('KAA_SD', 'two')
print(os.environ.pop('KAA_SD'), type(os.environ).__name__, type(os.environ.copy()).__name__)
print(isinstance(os.environ, __import__('collections').abc.MutableMapping))
print(os.path.expandvars('$KAA_NOPE/${KAA_NOPE}'), os.path.expanduser('x/~'))
os.environ['KAA_V'] = 'vv'
print(os.path.expandvars('a/$KAA_V/${KAA_V}b/$/x'))

os.makedirs('top/a/aa')
os.makedirs('top/b')
for name in ('top/f1', 'top/a/f2', 'top/a/aa/f3', 'top/b/f4'):
    with open(name, 'w') as f:
        f.write(name)
for dirpath, dirnames, filenames in os.walk('top'):
    dirnames.sort()
    print(dirpath, dirnames, sorted(filenames))
print([(d, sorted(f)) for d, _, f in os.walk('top', topdown=False)
       if d != 'top/a' or True] and sorted(d for d, _, _ in os.walk('top', topdown=False)))
print(list(os.walk('no_such_dir')))
errs = []
list(os.walk('no_such_dir', onerror=errs.append))
print([type(e).__name__ for e in errs])

with os.scandir('top') as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e, e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), os.fspath(e))
print(entries[0].stat().st_size, type(entries[0]).__name__)

fd = os.open('raw.bin', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'abcdef'))
os.close(fd)
fd = os.open('raw.bin', os.O_RDONLY)
print(os.read(fd, 4), os.read(fd, 10), os.read(fd, 10))
print(os.fstat(fd).st_size)
os.close(fd)
try:
    os.open('raw.bin', os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print(e)
with os.fdopen(os.open('raw.bin', os.O_RDONLY), 'rb') as f:
    print(f.read())
os.chmod('raw.bin', 0o600)
print(oct(os.stat('raw.bin').st_mode & 0o777), os.access('raw.bin', os.R_OK), os.access('nope', os.F_OK))
os.symlink('raw.bin', 'link')
print(os.readlink('link'), os.path.islink('link'), os.path.islink('raw.bin'), os.path.realpath('link') == os.path.abspath('raw.bin'))
print(os.lstat('link').st_size == os.stat('link').st_size)

fd = os.open('raw.bin', os.O_RDWR)
print(os.lseek(fd, 2, os.SEEK_SET), os.read(fd, 2), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_END))
os.ftruncate(fd, 3)
fd2 = os.dup(fd)
print(fd2 != fd, os.fstat(fd2).st_size, os.isatty(fd))
os.close(fd2)
os.close(fd)
os.truncate('raw.bin', 1)
os.link('raw.bin', 'hard')
print(os.stat('hard').st_size, os.stat('raw.bin').st_nlink, os.path.samefile('hard', 'raw.bin'))
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.link('nope', 'hard')
except OSError as e:
    print(type(e).__name__, e)
