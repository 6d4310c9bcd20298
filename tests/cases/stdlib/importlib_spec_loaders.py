import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys

sys.dont_write_bytecode = True
with open('plain_mod.py', 'w') as f:
    f.write('VALUE = 42\ndef double(x):\n    return 2 * x\n')
importlib.invalidate_caches()

spec = importlib.util.spec_from_file_location('by_path', 'plain_mod.py')
print(spec.name, spec.origin.endswith('/plain_mod.py'), type(spec.loader).__name__)
print(spec.parent == '', spec.submodule_search_locations, spec.has_location)
m = importlib.util.module_from_spec(spec)
print(sorted(m.__dict__))
print(m.__spec__ is spec, m.__loader__ is spec.loader, 'by_path' in sys.modules)
spec.loader.exec_module(m)
print(m.VALUE, m.double(4), m.double.__code__.co_filename.endswith('plain_mod.py'))
print(repr(spec.loader.get_source('by_path')[:9]), spec.loader.get_data(spec.origin)[:5])
print(spec.loader.is_package('by_path'), spec.loader.get_filename('by_path') == spec.origin)

s = importlib.machinery.ModuleSpec('a.b', None, origin='here')
print(repr(s), s.parent, s.has_location, s.cached)
p = importlib.machinery.ModuleSpec('a.b', None, is_package=True)
print(repr(p), p.parent)
print(s == importlib.machinery.ModuleSpec('a.b', None, origin='here'), s == p)

print(importlib.util.resolve_name('..x', 'a.b.c'), importlib.util.resolve_name('abs', None))
for args in [('.x', None), ('...x', 'a')]:
    try:
        importlib.util.resolve_name(*args)
    except ImportError as e:
        print('ImportError |', e)

print(importlib.util.find_spec('nothere_at_all'))
print(importlib.util.find_spec('plain_mod').name)
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.SOURCE_SUFFIXES[0] in importlib.machinery.all_suffixes())
print(importlib.import_module('plain_mod').VALUE, importlib.import_module('.abc', 'collections').__name__)
try:
    importlib.import_module('.x')
except TypeError as e:
    print('TypeError |', e)
try:
    importlib.reload(42)
except TypeError as e:
    print('TypeError |', e)

print(isinstance(importlib.machinery.PathFinder, importlib.abc.MetaPathFinder))
print(importlib.abc.Loader().create_module(None))
