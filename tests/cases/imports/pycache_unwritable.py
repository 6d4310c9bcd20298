# When __pycache__ cannot be created or written, importing still works and nothing fails.
import importlib
import os
import stat
import sys

sys.dont_write_bytecode = False
sys.path.insert(0, os.getcwd())

os.mkdir('ro')
with open('ro/rmod.py', 'w') as f:
    f.write('VALUE = "read-only folder"\n')
sys.path.insert(0, os.path.join(os.getcwd(), 'ro'))

# __pycache__ is a plain file: the cache folder cannot be made.
with open('ro/__pycache__', 'w') as f:
    f.write('not a folder')
import rmod
print(rmod.VALUE, os.path.isfile('ro/__pycache__'))

# a read-only __pycache__ folder
os.mkdir('ro2')
os.mkdir('ro2/__pycache__')
with open('ro2/rmod2.py', 'w') as f:
    f.write('VALUE = "read-only cache"\n')
os.chmod('ro2/__pycache__', stat.S_IRUSR | stat.S_IXUSR)
sys.path.insert(0, os.path.join(os.getcwd(), 'ro2'))
importlib.invalidate_caches()
import rmod2
print(rmod2.VALUE)
os.chmod('ro2/__pycache__', stat.S_IRWXU)
