# fnmatch (hand-written matcher) and glob: wildcards, brackets, hidden files, recursion.
import fnmatch, glob, os
pats = ['*.py', 'a?c', '[abc]*', '[!abc]*', '[a-c]x', '*', '', 'x[', '[]]', '[!]]', 'a*b*c', '*.*', '\\*', '[z-a]', 'a**b']
names = ['a.py', 'abc', 'bx', 'dx', 'x[', ']', 'a', 'aXbYc', '.hidden', 'noext', 'ab', '*', 'a-b', '']
for p in pats:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.filter(names, '*b*'), fnmatch.fnmatch(b'x.py', b'*.py'))
try:
    fnmatch.fnmatchcase(b'x', '*')
except TypeError as e:
    print(e)
os.makedirs('g/sub/deep')
for n in ['g/a.txt', 'g/b.py', 'g/.h.py', 'g/sub/c.py', 'g/sub/deep/d.py']:
    open(n, 'w').close()
print(sorted(glob.glob('g/*')))
print(sorted(glob.glob('g/*.py')), sorted(glob.glob('g/.*')))
print(sorted(glob.glob('g/**/*.py', recursive=True)))
print(sorted(glob.glob('g/**', recursive=True)))
print(sorted(glob.glob('g/*/*.py')), glob.glob('nope/*'), glob.glob('g/a.txt'), glob.glob('g/'))
print(sorted(glob.glob('*.py', root_dir='g')), sorted(glob.glob('**/', recursive=True)))
print(glob.escape('a*b?[c]'), glob.has_magic('a[b'), glob.has_magic('ab'))
print(sorted(glob.iglob(b'g/*.py')), sorted(glob.glob('g/*', include_hidden=True)))
import shutil
shutil.copytree('g', 'g2', ignore=shutil.ignore_patterns('*.py', 'deep'))
print(sorted(os.listdir('g2')), sorted(os.listdir('g2/sub')))
