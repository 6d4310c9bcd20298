"""sys.path_hooks starts with zipimporter; an archive on sys.path is imported from without
importing zipimport by hand, and the hook is the zipimport module's own class."""
import sys
import zipfile

hook = sys.path_hooks[0]
print(hook.__name__, hook.__module__, hook.__qualname__, len(sys.path_hooks))
print(sys.path_hooks[1].__name__)

with zipfile.ZipFile('hooked.zip', 'w') as z:
    z.writestr('hooked_mod.py', 'NAME = __name__\n')
    z.writestr('hooked_pkg/__init__.py', '')
    z.writestr('hooked_pkg/leaf.py', 'LEAF = "leaf"\n')
sys.path.append('hooked.zip')
import hooked_mod
import hooked_pkg.leaf
print(hooked_mod.NAME, hooked_mod.__file__, hooked_pkg.leaf.LEAF, hooked_pkg.leaf.__file__)
finder = sys.path_importer_cache['hooked.zip']
zipimport = sys.modules['zipimport']
print(type(finder) is zipimport.zipimporter, repr(finder))
print(sys.path_hooks[0] is zipimport.zipimporter, isinstance(finder, sys.path_hooks[0]))
print(type(sys.path_importer_cache['hooked.zip/hooked_pkg']).__name__)
direct = sys.path_hooks[0]('hooked.zip/hooked_pkg')
print(type(direct).__name__, direct.prefix, direct.find_spec('hooked_pkg.leaf').origin)
try:
    sys.path_hooks[0]('no_such_archive.zip')
except ImportError as e:
    print(type(e).__name__, e)
