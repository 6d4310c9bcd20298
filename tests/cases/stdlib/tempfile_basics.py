# tempfile and shutil: temporary files/directories are created, used and cleaned up.
import os
import shutil
import stat
import tempfile

d = tempfile.gettempdir()
print(os.path.isabs(d), os.path.isdir(d), tempfile.gettempprefix(), tempfile.gettempdir() == d)

path = tempfile.mkdtemp()
print(os.path.isdir(path), os.path.isabs(path), os.path.basename(path).startswith('tmp'))
print(oct(stat.S_IMODE(os.stat(path).st_mode)), os.listdir(path))

fd, name = tempfile.mkstemp(suffix='.txt', prefix='pre_', dir=path)
print(isinstance(fd, int), os.path.dirname(name) == path, os.path.basename(name)[:4], name.endswith('.txt'))
print(oct(stat.S_IMODE(os.stat(name).st_mode)))
os.write(fd, b'data')
os.close(fd)
with open(name) as f:
    print(f.read())

with tempfile.NamedTemporaryFile(mode='w', suffix='.py', dir=path, delete=False) as f:
    f.write('X = 1\n')
    kept = f.name
print(os.path.exists(kept), kept.endswith('.py'))
with open(kept) as f:
    print(f.read(), end='')

with tempfile.NamedTemporaryFile(dir=path) as f:
    f.write(b'bytes!')
    f.seek(0)
    print(f.read(), os.path.exists(f.name))
    gone = f.name
print(os.path.exists(gone))

f = tempfile.NamedTemporaryFile('w+', dir=path)
f.write('abc')
f.flush()
print(os.path.getsize(f.name))
f.close()
print(os.path.exists(f.name))

with tempfile.TemporaryFile() as tf:
    tf.write(b'xyz')
    tf.seek(0)
    print(tf.read())

with tempfile.TemporaryDirectory() as td:
    print(os.path.isdir(td))
    os.makedirs(os.path.join(td, 'a', 'b'))
    with open(os.path.join(td, 'a', 'b', 'f'), 'w') as f:
        f.write('x')
    saved = td
print(os.path.exists(saved))

t = tempfile.TemporaryDirectory(prefix='kaa_', suffix='_end')
base = os.path.basename(t.name)
print(base.startswith('kaa_'), base.endswith('_end'), repr(t).startswith("<TemporaryDirectory '"))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))

# shutil
src = os.path.join(path, 'src.txt')
with open(src, 'w') as f:
    f.write('copy me')
dst = shutil.copyfile(src, os.path.join(path, 'dst.txt'))
with open(dst) as f:
    print(f.read(), os.path.basename(dst))
try:
    shutil.copyfile(src, src)
except shutil.SameFileError as e:
    print(type(e).__name__, isinstance(e, OSError))
os.mkdir(os.path.join(path, 'into'))
print(os.path.basename(shutil.copy(src, os.path.join(path, 'into'))))
shutil.copytree(os.path.join(path, 'into'), os.path.join(path, 'tree2'))
print(sorted(os.listdir(os.path.join(path, 'tree2'))))
shutil.move(os.path.join(path, 'tree2'), os.path.join(path, 'tree3'))
print(sorted(n for n in os.listdir(path) if not n.startswith(('pre_', 'tmp'))))
try:
    shutil.rmtree(os.path.join(path, 'missing'))
except FileNotFoundError as e:
    print(type(e).__name__)
shutil.rmtree(os.path.join(path, 'missing'), ignore_errors=True)
calls = []
shutil.rmtree(os.path.join(path, 'missing'), onerror=lambda fn, p, ei: calls.append((fn.__name__, ei[0].__name__)))
print(calls)
shutil.rmtree(path)
print(os.path.exists(path))

t = tempfile.TemporaryDirectory()
n = t.name
del t
print(os.path.exists(n))

with tempfile.NamedTemporaryFile('w+') as f:
    print(f.file.name == f.name, f.mode, f.closed)
    f.write('line1\nline2\n')
    f.seek(0)
    print(list(f), f.readable(), f.writable())
print(f.closed)
with tempfile.TemporaryFile('w+') as tf:
    print(type(tf.name).__name__, tf.mode)
