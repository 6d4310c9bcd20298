# sys.dont_write_bytecode (set from PYTHONDONTWRITEBYTECODE or -B) stops cache writes; it is
# read at each import, so changing it takes effect at once. sys.pycache_prefix moves caches.
import os
import sys

print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode, sys.pycache_prefix)
sys.path.insert(0, os.getcwd())

with open('nocache.py', 'w') as f:
    f.write('A = 1\n')
sys.dont_write_bytecode = True
import nocache
print(nocache.A, os.path.exists('__pycache__'))

sys.dont_write_bytecode = False
sys.pycache_prefix = 'prefix'
with open('prefixed.py', 'w') as f:
    f.write('B = 2\n')
import prefixed
print(prefixed.B, os.path.exists('__pycache__'))
c = prefixed.__cached__
print(c.startswith('prefix' + os.sep), os.path.exists(c))
print(os.path.dirname(c) == os.path.join('prefix', os.getcwd().lstrip(os.sep)))
sys.pycache_prefix = None
