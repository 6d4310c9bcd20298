# An empty, foreign or out-of-date cache file is ignored: the source is compiled, the module
# runs, and the cache is rewritten. (A cache whose header matches but whose code is damaged
# makes CPython raise EOFError/ValueError; kaa checksums the code and recompiles instead, which
# crates/kaa-compiler/tests/marshal.rs tests.)
import importlib
import os
import sys

sys.dont_write_bytecode = False
sys.path.insert(0, os.getcwd())

with open('bad.py', 'w') as f:
    f.write('def f():\n    return "from source"\n')

import bad
cached = bad.__cached__
good = open(cached, 'rb').read()
print(bad.f(), len(good) > 16)

for damage in [b'', b'garbage', b'\xa7\r\r\n' + bytes(12) + b'not code', good[:10]]:
    with open(cached, 'wb') as f:
        f.write(damage)
    del sys.modules['bad']
    import bad
    print(bad.f(), open(cached, 'rb').read() == good)

# the cache path is a directory: import still works
os.remove(cached)
os.mkdir(cached)
del sys.modules['bad']
import bad
print(bad.f(), os.path.isdir(cached))
