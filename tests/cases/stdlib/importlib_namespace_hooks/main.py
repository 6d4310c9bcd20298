import importlib
import importlib.util
import sys

here = sys.path[0]
sys.path[1:1] = [here + '/first', here + '/second']

import ns
print(type(ns.__path__).__name__, [p[len(here):] for p in ns.__path__])
print(ns.__file__, ns.__spec__.origin, ns.__spec__.has_location)
print(type(ns.__loader__).__name__, ns.__package__)
import ns.a
import ns.b
print(ns.a.NAME, '|', ns.b.NAME, '|', ns.a.__package__)
try:
    from ns import zzz
except ImportError as e:
    print(type(e).__name__, '|', e)

# a package extending its own __path__; the spec shares the list
import pkg
print(pkg.__spec__.submodule_search_locations is pkg.__path__, len(pkg.__path__))
import pkg.b
print(pkg.b.NAME)

# missing directories are cached as None
sys.path.insert(0, here + '/no_such_dir')
try:
    import nothing_here
except ModuleNotFoundError as e:
    print(type(e).__name__, '|', e)
print(sys.path_importer_cache[here + '/no_such_dir'])
print(type(sys.path_importer_cache[here + '/first']).__name__)
importlib.invalidate_caches()
print((here + '/no_such_dir') in sys.path_importer_cache)

# a custom path hook serves a virtual path entry
class MemLoader:
    def __init__(self, src):
        self.src = src

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.src, module.__dict__)


class MemFinder:
    def __init__(self, entry):
        self.entry = entry

    def find_spec(self, name, target=None):
        if name == 'memmod':
            return importlib.util.spec_from_loader(name, MemLoader('X = 7'), origin='mem')
        return None


def hook(entry):
    if entry.startswith('mem://'):
        return MemFinder(entry)
    raise ImportError('not mine')


sys.path_hooks.insert(0, hook)
sys.path.insert(0, 'mem://here')
import memmod
print(memmod.X, memmod.__spec__.origin, type(sys.path_importer_cache['mem://here']).__name__)
print([type(f).__name__ if not isinstance(f, type) else f.__name__ for f in sys.meta_path][-3:])
