"""zipimport: zipimporter on archives and directories inside them, and imports from a ZIP
archive on sys.path (modules, packages, namespace portions, errors)."""
import importlib
import importlib.util
import os
import sys
import zipfile
import zipimport

with zipfile.ZipFile('bundle.zip', 'w') as z:
    z.writestr('zmod.py', 'WHERE = "zip"\ndef f():\n    return __name__\n')
    z.writestr('zpkg/__init__.py', 'from . import inner\nINIT = "zpkg init"\n')
    z.writestr('zpkg/inner.py', 'VALUE = 7\n')
    z.writestr('zpkg/sub/__init__.py', 'from ..inner import VALUE\nDOUBLE = VALUE * 2\n')
    z.writestr('lib/deep.py', 'DEEP = True\n')
    z.writestr('ns/', '')
    z.writestr('ns/portion.py', 'P = "portion"\n')
    z.writestr('data.txt', 'some data')
    z.writestr('bad.py', 'x = (\n')
    z.writestr('err.py', 'raise ValueError("boom")\n')
    z.writestr('crlf.py', 'A = 1\r\nB = 2\r\n')
    z.writestr('defl.py', 'D = "deflated" * 3\n', compress_type=zipfile.ZIP_DEFLATED)

zi = zipimport.zipimporter('bundle.zip')
print(repr(zi), zi.archive, repr(zi.prefix))
zl = zipimport.zipimporter('bundle.zip/lib')
print(repr(zl), zl.archive, repr(zl.prefix))
print(repr(zipimport.zipimporter('bundle.zip/lib/')))
print(repr(zipimport.zipimporter('bundle.zip/zpkg/sub')))
za = zipimport.zipimporter(os.path.abspath('bundle.zip'))
print(za.archive == os.path.abspath('bundle.zip'), za.prefix == '')

for bad in ['', 'nonexistent.zip', '.', 'nonexistent/dir']:
    try:
        zipimport.zipimporter(bad)
    except zipimport.ZipImportError as e:
        print(repr(e), repr(e.path))
with open('short.txt', 'w') as f:
    f.write('hello')
with open('long.txt', 'w') as f:
    f.write('hello' * 100)
for name in ('short.txt', 'long.txt'):
    try:
        zipimport.zipimporter(name)
    except zipimport.ZipImportError as e:
        print(repr(e), e.path)
print([c.__name__ for c in zipimport.ZipImportError.__mro__])

# finding
s = zi.find_spec('zmod')
print(s, s.origin, s.has_location, s.submodule_search_locations, repr(s.parent), s.loader_state)
s = zi.find_spec('zpkg')
print(s, s.origin, s.submodule_search_locations, s.parent)
s = zi.find_spec('ns')
print(s, s.loader, s.origin, s.submodule_search_locations)
print(zi.find_spec('nothing'), zi.find_spec('zpkg.inner'), zi.find_spec('lib'))
print(zl.find_spec('deep'))

# loader methods
print(zi.get_filename('zmod'), zi.get_filename('zpkg'))
print(zi.is_package('zpkg'), zi.is_package('zmod'))
print(zi.get_source('zmod'))
print(repr(zi.get_source('crlf')))
for method in (zi.get_filename, zi.is_package, zi.get_source, zi.get_code):
    try:
        method('nothing')
    except zipimport.ZipImportError as e:
        print(method.__name__, repr(e))
print(zi.get_data('data.txt'), zi.get_data(os.path.join('bundle.zip', 'data.txt')))
try:
    zi.get_data('nope.txt')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
code = zi.get_code('zmod')
print(type(code).__name__, code.co_filename)
try:
    zi.get_code('bad')
except SyntaxError as e:
    print(type(e).__name__, e)
print(zi.invalidate_caches())
print(zi.create_module(zi.find_spec('zmod')))

# importing through sys.path
print(sys.path_hooks[0].__name__, sys.path_hooks[0].__module__, len(sys.path_hooks))
print(sys.path_hooks[0] is zipimport.zipimporter)
sys.path.insert(0, 'bundle.zip')
importlib.invalidate_caches()
import zmod
import zpkg
print(zmod.WHERE, zmod.f(), zmod.__file__, zmod.__package__)
print(zmod.__spec__, zmod.__loader__ is zmod.__spec__.loader)
print(zpkg.INIT, zpkg.inner.VALUE, zpkg.__file__, zpkg.__path__, zpkg.__package__)
print(zpkg.inner.__spec__)
print(type(zpkg.inner.__loader__).__name__, zpkg.inner.__loader__.prefix)
import zpkg.sub
print(zpkg.sub.DOUBLE, zpkg.sub.__path__, zpkg.sub.__file__)
import ns.portion
print(ns.portion.P, list(ns.__path__), getattr(ns, '__file__', None), ns.portion.__file__)
import defl
print(defl.D)
import crlf
print(crlf.A, crlf.B)
try:
    import err
except ValueError as e:
    print('ValueError', e, 'err' in sys.modules)
try:
    import bad
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
try:
    import not_in_zip
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(type(sys.path_importer_cache['bundle.zip']).__name__)
print(sys.path_importer_cache['bundle.zip'])
sys.path.insert(0, os.path.join('bundle.zip', 'lib'))
import deep
print(deep.DEEP, deep.__file__)
print(importlib.import_module('zpkg.inner').VALUE)
print(importlib.util.find_spec('zmod').origin)

# a new archive appears on the path
with zipfile.ZipFile('later.zip', 'w') as z:
    z.writestr('latemod.py', 'LATE = "late"\n')
sys.path.append('later.zip')
import latemod
print(latemod.LATE, latemod.__file__)
