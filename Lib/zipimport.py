"""Import Python modules and packages from ZIP archives (kaa's implementation).

`zipimporter` is the path-entry hook for sys.path items that name a ZIP archive, optionally
followed by a directory inside it ('bundle.zip/lib'). It reads the archive's central
directory itself (no zipfile import), finds `name/__init__.py` and `name.py` members, and
loads them from source; deflated members are inflated with zlib. Bytecode (.pyc) members are
not used: kaa does not run CPython bytecode.
"""

import _imp
import _io
import sys
from importlib import _bootstrap

__all__ = ['ZipImportError', 'zipimporter']

path_sep = '/'
alt_path_sep = ''


class ZipImportError(ImportError):
    pass


# archive path -> {name in the archive: member record}, shared by every zipimporter.
_zip_directory_cache = {}

_END_SIZE = 22
_MAX_COMMENT = (1 << 16) - 1

# (suffix, is_package), in the order they are tried.
_search_order = (
    (path_sep + '__init__.py', True),
    ('.py', False),
)


class _Member:
    """Where one archive member's data is and how it is stored."""

    __slots__ = ('name', 'method', 'data_size', 'file_size', 'offset', 'time', 'date', 'crc')

    def __init__(self, name, method, data_size, file_size, offset, time, date, crc):
        self.name = name
        self.method = method
        self.data_size = data_size
        self.file_size = file_size
        self.offset = offset
        self.time = time
        self.date = date
        self.crc = crc


def _le(data, pos, size):
    return int.from_bytes(data[pos:pos + size], 'little')


def _open_archive(archive):
    try:
        return _io.open(archive, 'rb')
    except OSError:
        raise ZipImportError(f"can't open Zip file: {archive!r}", path=archive)


def _read_directory(archive):
    """Reads the central directory of `archive` into {name: _Member}."""
    fp = _open_archive(archive)
    with fp:
        try:
            size = fp.seek(0, 2)
            if size < _END_SIZE:
                raise OSError
            fp.seek(size - _END_SIZE)
            tail = fp.read(_END_SIZE)
        except OSError:
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
        end_pos = size - _END_SIZE
        if tail[:4] != b'PK\x05\x06':
            # The record is followed by a comment: search the last 64 KiB.
            start = max(size - _MAX_COMMENT - _END_SIZE, 0)
            try:
                fp.seek(start)
                data = fp.read()
            except OSError:
                raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
            pos = data.rfind(b'PK\x05\x06')
            if pos < 0 or len(data) - pos < _END_SIZE:
                raise ZipImportError(f'not a Zip file: {archive!r}', path=archive)
            tail = data[pos:pos + _END_SIZE]
            end_pos = start + pos
        dir_size = _le(tail, 12, 4)
        dir_offset = _le(tail, 16, 4)
        if end_pos < dir_offset + dir_size:
            raise ZipImportError(f'bad central directory size: {archive!r}', path=archive)
        # Bytes in front of the archive (a launcher script) shift every offset.
        shift = end_pos - dir_offset - dir_size
        try:
            fp.seek(dir_offset + shift)
            cd = fp.read(dir_size)
        except OSError:
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
    files = {}
    pos = 0
    while pos + 46 <= len(cd):
        if cd[pos:pos + 4] != b'PK\x01\x02':
            raise ZipImportError(f'bad central directory in file {archive!r}', path=archive)
        flags = _le(cd, pos + 8, 2)
        method = _le(cd, pos + 10, 2)
        time = _le(cd, pos + 12, 2)
        date = _le(cd, pos + 14, 2)
        crc = _le(cd, pos + 16, 4)
        data_size = _le(cd, pos + 20, 4)
        file_size = _le(cd, pos + 24, 4)
        name_size = _le(cd, pos + 28, 2)
        extra_size = _le(cd, pos + 30, 2)
        comment_size = _le(cd, pos + 32, 2)
        offset = _le(cd, pos + 42, 4) + shift
        raw = cd[pos + 46:pos + 46 + name_size]
        if len(raw) != name_size:
            raise EOFError('EOF read where not expected')
        if flags & 0x800:
            name = raw.decode('utf-8')
        else:
            try:
                name = raw.decode('ascii')
            except UnicodeDecodeError:
                name = raw.decode('latin-1')
        name = name.replace('/', path_sep)
        files[name] = _Member(_bootstrap._path_join(archive, name), method, data_size,
                              file_size, offset, time, date, crc)
        pos += 46 + name_size + extra_size + comment_size
    return files


def _get_data(archive, member):
    """The uncompressed contents of `member`."""
    fp = _open_archive(archive)
    with fp:
        try:
            fp.seek(member.offset)
            header = fp.read(30)
        except OSError:
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
        if len(header) != 30:
            raise EOFError('EOF read where not expected')
        if header[:4] != b'PK\x03\x04':
            raise ZipImportError(f'bad local file header: {archive!r}', path=archive)
        skip = 30 + _le(header, 26, 2) + _le(header, 28, 2)
        try:
            fp.seek(member.offset + skip)
            raw = fp.read(member.data_size)
        except OSError:
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
        if len(raw) != member.data_size:
            raise OSError("zipimport: can't read data")
    if member.method == 0:
        return raw
    if member.method != 8:
        raise ZipImportError(f'unsupported compression method {member.method}',
                             path=archive)
    try:
        import zlib
    except ImportError:
        raise ZipImportError("can't decompress data; zlib not available")
    return zlib.decompress(raw, -15)


def _normalize_newlines(source):
    return source.replace(b'\r\n', b'\n').replace(b'\r', b'\n')


class zipimporter:
    """zipimporter(archivepath) -> zipimporter object

    Create a new zipimporter instance. 'archivepath' must be a path to
    a zipfile, or to a specific path inside a zipfile. For example, it can be
    '/tmp/myimport.zip', or '/tmp/myimport.zip/mydirectory', if mydirectory is a
    valid directory inside the archive.

    'ZipImportError is raised if 'archivepath' doesn't point to a valid Zip
    archive.

    The 'archive' attribute of zipimporter objects contains the name of the
    zipfile targeted.
    """

    def __init__(self, path):
        if not isinstance(path, str):
            raise TypeError(f"expected str, not {type(path)!r}")
        if not path:
            raise ZipImportError('archive path is empty', path=path)
        if alt_path_sep:
            path = path.replace(alt_path_sep, path_sep)
        inner = []
        # Walk up from the full path to the first part that exists: that must be the
        # archive file, and what was cut off is the directory inside it.
        while True:
            kind = _imp._path_kind(path) if path else 0
            if kind == 1:
                break
            if kind == 2:
                raise ZipImportError('not a Zip file', path=path)
            head, tail = _bootstrap._path_split(path)
            if head == path:
                raise ZipImportError('not a Zip file', path=path)
            path = head
            inner.append(tail)
        files = _zip_directory_cache.get(path)
        if files is None:
            files = _read_directory(path)
            _zip_directory_cache[path] = files
        self._files = files
        self.archive = path
        self.prefix = _bootstrap._path_join(*inner[::-1])
        if self.prefix:
            self.prefix += path_sep

    def __repr__(self):
        return f'<zipimporter object "{self.archive}{path_sep}{self.prefix}">'

    # ---- finding ----

    def _module_path(self, fullname):
        return self.prefix + fullname.rpartition('.')[2]

    def _module_info(self, fullname):
        """True for a package, False for a module, None when the archive has neither."""
        path = self._module_path(fullname)
        for suffix, is_package in _search_order:
            if path + suffix in self._files:
                return is_package
        return None

    def _is_dir(self, path):
        return path + path_sep in self._files

    def find_spec(self, fullname, target=None):
        is_package = self._module_info(fullname)
        if is_package is not None:
            return _bootstrap.spec_from_loader(fullname, self, is_package=is_package)
        modpath = self._module_path(fullname)
        if self._is_dir(modpath):
            # A directory without __init__.py: a portion of a namespace package.
            spec = _bootstrap.ModuleSpec(fullname, None, is_package=True)
            spec.submodule_search_locations.append(f'{self.archive}{path_sep}{modpath}')
            return spec
        return None

    def find_loader(self, fullname, path=None):
        import warnings
        warnings.warn("zipimporter.find_loader() is deprecated and slated for "
                      "removal in Python 3.12; use find_spec() instead",
                      DeprecationWarning)
        is_package = self._module_info(fullname)
        if is_package is not None:
            return self, []
        modpath = self._module_path(fullname)
        if self._is_dir(modpath):
            return None, [f'{self.archive}{path_sep}{modpath}']
        return None, []

    def find_module(self, fullname, path=None):
        import warnings
        warnings.warn("zipimporter.find_module() is deprecated and slated for "
                      "removal in Python 3.12; use find_spec() instead",
                      DeprecationWarning)
        return self.find_loader(fullname, path)[0]

    # ---- the module's files ----

    def _source_member(self, fullname):
        path = self._module_path(fullname)
        for suffix, is_package in _search_order:
            member = self._files.get(path + suffix)
            if member is not None:
                return member, is_package
        raise ZipImportError(f"can't find module {fullname!r}", name=fullname)

    def get_filename(self, fullname):
        member, _ = self._source_member(fullname)
        return member.name

    def is_package(self, fullname):
        is_package = self._module_info(fullname)
        if is_package is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        return is_package

    def get_source(self, fullname):
        is_package = self._module_info(fullname)
        if is_package is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        path = self._module_path(fullname)
        if is_package:
            path = _bootstrap._path_join(path, '__init__.py')
        else:
            path = path + '.py'
        member = self._files.get(path)
        if member is None:
            return None
        return _get_data(self.archive, member).decode()

    def get_code(self, fullname):
        member, _ = self._source_member(fullname)
        source = _normalize_newlines(_get_data(self.archive, member))
        return compile(source, member.name, 'exec', dont_inherit=True)

    def get_data(self, pathname):
        if alt_path_sep:
            pathname = pathname.replace(alt_path_sep, path_sep)
        key = pathname
        if pathname.startswith(self.archive + path_sep):
            key = pathname[len(self.archive + path_sep):]
        member = self._files.get(key)
        if member is None:
            raise OSError(0, '', key)
        return _get_data(self.archive, member)

    # ---- loading ----

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname):
        import warnings
        warnings.warn("zipimport.zipimporter.load_module() is deprecated and slated for "
                      "removal in Python 3.12; use exec_module() instead",
                      DeprecationWarning)
        member, is_package = self._source_member(fullname)
        code = self.get_code(fullname)
        mod = sys.modules.get(fullname)
        if mod is None or not isinstance(mod, type(sys)):
            mod = type(sys)(fullname)
            sys.modules[fullname] = mod
        mod.__loader__ = self
        try:
            if is_package:
                mod.__path__ = [f'{self.archive}{path_sep}{self._module_path(fullname)}']
            if not hasattr(mod, '__builtins__'):
                mod.__builtins__ = __builtins__
            mod.__file__ = member.name
            exec(code, mod.__dict__)
        except:
            del sys.modules[fullname]
            raise
        try:
            mod = sys.modules[fullname]
        except KeyError:
            raise ImportError(f'Loaded module {fullname!r} not found in sys.modules')
        return mod

    def get_resource_reader(self, fullname):
        try:
            if not self.is_package(fullname):
                return None
        except ZipImportError:
            return None
        return _ZipReader(self, fullname)

    def invalidate_caches(self):
        try:
            self._files = _read_directory(self.archive)
            _zip_directory_cache[self.archive] = self._files
        except ZipImportError:
            _zip_directory_cache.pop(self.archive, None)
            self._files = {}


class _ZipReader:
    """The resources of a package inside an archive (importlib.resources' reader protocol)."""

    def __init__(self, loader, module):
        self.loader = loader
        self.prefix = loader.prefix + module.rpartition('.')[2] + path_sep

    def open_resource(self, resource):
        try:
            return _io.BytesIO(self.loader.get_data(self.prefix + resource))
        except OSError:
            raise FileNotFoundError(resource)

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, name):
        return (self.prefix + name) in self.loader._files

    def contents(self):
        names = set()
        for key in self.loader._files:
            if key.startswith(self.prefix):
                rest = key[len(self.prefix):]
                if rest:
                    names.add(rest.split(path_sep, 1)[0])
        return iter(sorted(names))


# sys.path_hooks starts with importlib._bootstrap's stand-in for this class: put the class
# itself there, as CPython has it.
for _i, _hook in enumerate(sys.path_hooks):
    if _hook is getattr(_bootstrap, '_zipimporter_hook', None):
        sys.path_hooks[_i] = zipimporter
del _i, _hook
