# The bytecode cache: written on first import (when allowed), reused while the source's
# mtime and size match, rewritten when they change.
import importlib
import os
import sys

sys.dont_write_bytecode = False
sys.path.insert(0, os.getcwd())
importlib.invalidate_caches()

with open('cmod.py', 'w') as f:
    f.write('X = 1\nprint("executing cmod", X)\n')

import cmod
print(cmod.X, os.path.isdir('__pycache__'))
cached = cmod.__cached__
print(os.path.exists(cached), os.listdir('__pycache__') == [os.path.basename(cached)])
print(cached.endswith(sys.implementation.cache_tag + '.pyc'))
print(os.path.dirname(cached) == os.path.join(os.getcwd(), '__pycache__'))
import importlib.util
print(importlib.util.cache_from_source(cmod.__file__) == cached)

# Same size and same mtime: the cache is trusted, so the old code runs again.
st = os.stat('cmod.py')
with open('cmod.py', 'w') as f:
    f.write('X = 2\nprint("executing cmod", X)\n')
os.utime('cmod.py', ns=(st.st_atime_ns, st.st_mtime_ns))
del sys.modules['cmod']
import cmod
print(cmod.X)

# A different size: stale, recompiled and rewritten.
with open('cmod.py', 'w') as f:
    f.write('X = 300\nprint("executing cmod", X)\n')
os.utime('cmod.py', ns=(st.st_atime_ns, st.st_mtime_ns))
del sys.modules['cmod']
import cmod
print(cmod.X)
del sys.modules['cmod']
import cmod
print(cmod.X)

# reload goes through the cache too
with open('cmod.py', 'w') as f:
    f.write('X = 4000\nprint("executing cmod", X)\n')
importlib.reload(cmod)
print(cmod.X)
