# os.path: pure path functions (str and bytes) and the file-system queries.
import os
import os.path
import posixpath

print(os.path is posixpath, os.path.__name__)
j = os.path.join
print(j('a', 'b', 'c'), j('a/', 'b'), j('a', '/b', 'c'), j('', 'x'), j('a', ''), j(b'a', b'b'))
for args in (('a', b'b'), (1,), ('a', 2)):
    try:
        j(*args)
    except TypeError as e:
        print(e)
for p in ('/a/b/c.txt', 'a/b/', 'c', '/', '//x', '', 'a//b', '/a/b/.hidden', 'x.tar.gz', '..', '...a'):
    print(repr(p), os.path.split(p), os.path.dirname(p), repr(os.path.basename(p)),
          os.path.splitext(p), os.path.isabs(p))
print(os.path.split(b'/x/y'), os.path.splitext(b'f.py'), os.path.splitdrive('/a/b'))
for p in ('a/./b/../c', '/../a', '//a//b/', '///a', '', '.', 'a/..', '../../x', './', 'a/b/../../..', b'/x/../y'):
    print(repr(p), repr(os.path.normpath(p)))
cwd = os.getcwd()
print(os.path.abspath('x') == j(cwd, 'x'), os.path.abspath('/a/../b'), os.path.abspath('.') == cwd)
print(os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b/c'), os.path.relpath('x'), os.path.relpath('/a/b', '/a/b'))
try:
    os.path.relpath('')
except ValueError as e:
    print(e)
print(os.path.commonprefix(['/opt/lib', '/opt/local', '/opt/li']), repr(os.path.commonprefix([])))
print(os.path.commonpath(['/opt/lib', '/opt/local/x', '/opt/lib2']), os.path.commonpath(['a/b', 'a/c']))
try:
    os.path.commonpath(['/a', 'b'])
except ValueError as e:
    print(e)
print(os.path.normcase('AbC'), os.path.expanduser('~nouser_zzz/x'))

os.makedirs('dir/sub')
with open('dir/file.txt', 'w') as f:
    f.write('12345')
print(os.path.exists('dir'), os.path.exists('nope'), os.path.isdir('dir'), os.path.isdir('dir/file.txt'))
print(os.path.isfile('dir/file.txt'), os.path.isfile('dir'), os.path.getsize('dir/file.txt'))
print(os.path.lexists('dir'), os.path.islink('dir'), os.path.ismount('/'), os.path.ismount('dir'))
print(os.path.samefile('dir/file.txt', 'dir/sub/../file.txt'), isinstance(os.path.getmtime('dir'), float))
print(os.path.realpath('dir/sub/..') == os.path.abspath('dir'), os.path.realpath('.') == os.path.realpath(cwd))
print(os.path.exists('a\0b'), os.path.isfile(''), os.path.isdir(''))
try:
    os.path.getsize('nope')
except FileNotFoundError as e:
    print(e)
for args in ((None,), ('a', None)):
    try:
        os.path.join(*args)
    except TypeError as e:
        print(e)
print(None.__class__.__name__, None.__class__ is type(None))
