"""kaa's import machinery in Python: specs, the built-in, frozen and path-based finders and
the source-file loader. Written from the importlib documentation; `importlib.machinery`,
`importlib.util` and `importlib` re-export what they document from here."""

import sys
import _imp

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []
_CACHE_TAG = 'kaa-311'
_PYCACHE = '__pycache__'


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


def _path_join(*parts):
    out = ''
    for p in parts:
        if not p:
            continue
        if p.startswith('/') or not out:
            out = p
        elif out.endswith('/'):
            out = out + p
        else:
            out = out + '/' + p
    return out


def _path_split(path):
    head, sep, tail = path.rpartition('/')
    return head, tail


def _path_abspath(path):
    if path.startswith('/'):
        return path
    cwd = _imp._getcwd()
    if not path or path == '.':
        return cwd
    if path.startswith('./'):
        path = path[2:]
    return _path_join(cwd, path)


def _is_file(path):
    return _imp._path_kind(path) == 1


def _is_dir(path):
    return _imp._path_kind(path) == 2


def cache_from_source(path, debug_override=None, *, optimization=None):
    head, tail = _path_split(path)
    base, sep, rest = tail.rpartition('.')
    if not sep:
        base = tail
    name = base + '.' + _CACHE_TAG
    if optimization is not None and str(optimization) != '':
        opt = str(optimization)
        if not opt.isalnum():
            raise ValueError('{!r} is not alphanumeric'.format(optimization))
        name = name + '.opt-' + opt
    if sys.pycache_prefix is not None:
        # A parallel tree under the prefix, mirroring the source's absolute folder.
        if not head.startswith('/'):
            head = _path_join(_imp._getcwd(), head)
        return _path_join(sys.pycache_prefix, head.lstrip('/'), name + BYTECODE_SUFFIXES[0])
    return _path_join(head, _PYCACHE, name + BYTECODE_SUFFIXES[0])


def source_from_cache(path):
    head, pycache_filename = _path_split(path)
    head, pycache = _path_split(head)
    if pycache != _PYCACHE:
        raise ValueError('{} not bottom-level directory in {!r}'.format(_PYCACHE, path))
    dot_count = pycache_filename.count('.')
    if dot_count not in (2, 3):
        raise ValueError('expected only 2 or 3 dots in {!r}'.format(pycache_filename))
    base_filename = pycache_filename.partition('.')[0]
    return _path_join(head, base_filename + SOURCE_SUFFIXES[0])


def _get_cached(filename):
    for suf in SOURCE_SUFFIXES:
        if filename.endswith(suf):
            try:
                return cache_from_source(filename)
            except NotImplementedError:
                return None
    for suf in BYTECODE_SUFFIXES:
        if filename.endswith(suf):
            return filename
    return None


class ModuleSpec:
    """The import-system-related state of a module."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodule_search_locations = None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        try:
            return (self.name == other.name
                    and self.loader == other.loader
                    and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations
                    and self.cached == other.cached
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            self._cached = _get_cached(self.origin)
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


ModuleSpec.__module__ = '_frozen_importlib'


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader,
                                       submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = str(location)
        try:
            location = _path_abspath(location)
        except OSError:
            pass
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        for loader_class, suffixes in _get_supported_file_loaders():
            if location.endswith(tuple(suffixes)):
                loader = loader_class(name, location)
                spec.loader = loader
                break
        else:
            return None
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            dirname = _path_split(location)[0]
            spec.submodule_search_locations.append(dirname)
    return spec


def _init_module_attrs(spec, module, override=False):
    if override or getattr(module, '__name__', None) is None:
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, '__loader__', None) is None:
        loader = spec.loader
        if loader is None and spec.submodule_search_locations is not None:
            loader = NamespaceLoader.__new__(NamespaceLoader)
            loader._path = spec.submodule_search_locations
            spec.loader = loader
            module.__file__ = None
        try:
            module.__loader__ = loader
        except AttributeError:
            pass
    if override or getattr(module, '__package__', None) is None:
        try:
            module.__package__ = spec.parent
        except AttributeError:
            pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if override or getattr(module, '__path__', None) is None:
        if spec.submodule_search_locations is not None:
            try:
                module.__path__ = spec.submodule_search_locations
            except AttributeError:
                pass
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
        if override or getattr(module, '__cached__', None) is None:
            if spec.cached is not None:
                try:
                    module.__cached__ = spec.cached
                except AttributeError:
                    pass
    return module


def module_from_spec(spec):
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


# ---- finders and loaders --------------------------------------------------------------------

class BuiltinImporter:
    """Meta path import for built-in modules."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None:
            return None
        if _imp.is_builtin(fullname):
            return ModuleSpec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        if not _imp.is_builtin(spec.name):
            raise ImportError('{!r} is not a built-in module'.format(spec.name), name=spec.name)
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False


class FrozenImporter:
    """Meta path import for kaa's embedded standard-library modules."""

    _ORIGIN = 'frozen'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not _imp.is_frozen(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN,
                          is_package=_imp.is_frozen_package(fullname))

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        name = module.__spec__.name if module.__spec__ is not None else module.__name__
        code = _imp.get_frozen_object(name)
        exec(code, module.__dict__)

    @classmethod
    def get_code(cls, fullname):
        return _imp.get_frozen_object(fullname)

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return bool(_imp.is_frozen_package(fullname))


BuiltinImporter.__module__ = '_frozen_importlib'
FrozenImporter.__module__ = '_frozen_importlib'


class FileLoader:
    """Base of the file-based loaders: a name and a path."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def create_module(self, spec):
        return None

    def _check_name(self, name):
        if name is None:
            return self.name
        if name != self.name:
            raise ImportError('loader for {} cannot handle {}'.format(self.name, name), name=name)
        return name

    def get_filename(self, name=None):
        self._check_name(name)
        return self.path

    def get_data(self, path):
        return _imp._read_bytes(path)

    def is_package(self, fullname):
        filename = _path_split(self.get_filename(fullname))[1]
        stem = filename.rsplit('.', 1)[0]
        tail = fullname.rpartition('.')[2]
        return stem == '__init__' and tail != '__init__'

    def load_module(self, fullname=None):
        fullname = self._check_name(fullname)
        spec = spec_from_loader(fullname, self)
        if fullname in sys.modules:
            module = sys.modules[fullname]
            _init_module_attrs(spec, module, override=True)
            self.exec_module(module)
            return sys.modules[fullname]
        module = module_from_spec(spec)
        sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]


class SourceLoader:
    """Mixin: loads source through get_data/get_filename."""

    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        pass

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        try:
            data = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc
        if isinstance(data, str):
            return data
        return data.decode('utf-8')

    def source_to_code(self, data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError('cannot load module {!r} when get_code() returns None'
                              .format(module.__name__))
        exec(code, module.__dict__)


class SourceFileLoader(FileLoader, SourceLoader):
    """Loads a Python source file."""

    def path_stats(self, path):
        mtime, size = _imp._stat(path)
        return {'mtime': mtime, 'size': size}

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        cls = type(self)
        if (cls.get_data is FileLoader.get_data
                and cls.source_to_code is SourceLoader.source_to_code):
            # Through the bytecode cache (kaa-vm/src/pycache.rs).
            return _imp._source_code(fullname, path)
        return self.source_to_code(self.get_data(path), path)

    def exec_module(self, module):
        name = getattr(module, '__name__', self.name)
        code = self.get_code(name)
        exec(code, module.__dict__)


class SourcelessFileLoader(FileLoader):
    """Bytecode-only files: kaa does not load foreign bytecode."""

    def get_code(self, fullname):
        raise ImportError('kaa cannot load bytecode files: {!r}'.format(self.path),
                          name=fullname, path=self.path)

    def get_source(self, fullname):
        return None

    def exec_module(self, module):
        self.get_code(module.__name__)


class ExtensionFileLoader(FileLoader):
    def get_source(self, fullname):
        return None

    def exec_module(self, module):
        raise ImportError('kaa cannot load extension modules', name=self.name, path=self.path)


class _NamespacePath:
    """The `__path__` of a namespace package: recomputed when the parent path changes."""

    def __init__(self, name, path, path_finder=None):
        self._name = name
        self._path = list(path)
        self._last_parent_path = tuple(self._get_parent_path())
        self._path_finder = path_finder

    def _get_parent_path(self):
        parent, dot, _ = self._name.rpartition('.')
        if not dot:
            return sys.path
        return getattr(sys.modules[parent], '__path__', ())

    def _recalculate(self):
        parent_path = tuple(self._get_parent_path())
        if parent_path != self._last_parent_path:
            spec = PathFinder.find_spec(self._name, list(parent_path))
            if spec is not None and (spec.loader is None or isinstance(spec.loader, NamespaceLoader)):
                if spec.submodule_search_locations:
                    self._path = list(spec.submodule_search_locations)
            self._last_parent_path = parent_path
        return self._path

    def __iter__(self):
        return iter(self._recalculate())

    def __getitem__(self, index):
        return self._recalculate()[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._recalculate())

    def __repr__(self):
        return '_NamespacePath({!r})'.format(self._path)

    def __contains__(self, item):
        return item in self._recalculate()

    def append(self, item):
        self._path.append(item)


def _namespace_spec(name, portions):
    spec = ModuleSpec(name, None)
    spec.submodule_search_locations = _NamespacePath(name, portions)
    return spec


class NamespaceLoader:
    def __init__(self, name, path, path_finder=None):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


def _get_supported_file_loaders():
    return [(SourceFileLoader, SOURCE_SUFFIXES), (SourcelessFileLoader, BYTECODE_SUFFIXES)]


class FileFinder:
    """A path-entry finder for one directory, with a cached listing."""

    def __init__(self, path, *loader_details):
        loaders = []
        for loader, suffixes in loader_details:
            loaders.extend((suffix, loader) for suffix in suffixes)
        self._loaders = loaders
        if not path or path == '.':
            self.path = _imp._getcwd()
        else:
            self.path = _path_abspath(path)
        self._path_mtime = -1
        self._path_cache = set()

    def invalidate_caches(self):
        self._path_mtime = -1

    def __repr__(self):
        return 'FileFinder({!r})'.format(self.path)

    def _fill_cache(self):
        self._path_cache = set(_imp._listdir(self.path))

    def find_spec(self, fullname, target=None):
        tail = fullname.rpartition('.')[2]
        try:
            mtime = _imp._stat(self.path or '.')[0]
        except OSError:
            mtime = -1
        if mtime != self._path_mtime:
            self._fill_cache()
            self._path_mtime = mtime
        cache = self._path_cache
        if tail in cache:
            base = _path_join(self.path, tail)
            for suffix, loader_class in self._loaders:
                init_filename = '__init__' + suffix
                full_path = _path_join(base, init_filename)
                if _is_file(full_path):
                    return self._get_spec(loader_class, fullname, full_path, [base], target)
            is_namespace = _is_dir(base)
        else:
            is_namespace = False
        for suffix, loader_class in self._loaders:
            full_path = _path_join(self.path, tail + suffix)
            if tail + suffix in cache and _is_file(full_path):
                return self._get_spec(loader_class, fullname, full_path, None, target)
        if is_namespace:
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = [base]
            return spec
        return None

    def _get_spec(self, loader_class, fullname, path, smsl, target):
        loader = loader_class(fullname, path)
        return spec_from_file_location(fullname, path, loader=loader,
                                       submodule_search_locations=smsl)

    @classmethod
    def path_hook(cls, *loader_details):
        def path_hook_for_FileFinder(path):
            if not _is_dir(path or '.'):
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder


class PathFinder:
    """Meta path finder for sys.path and package __path__ entries."""

    @staticmethod
    def invalidate_caches():
        for name, finder in list(sys.path_importer_cache.items()):
            if finder is None or not (isinstance(name, str) and name.startswith('/')):
                del sys.path_importer_cache[name]
            elif hasattr(finder, 'invalidate_caches'):
                finder.invalidate_caches()

    @staticmethod
    def _path_hooks(path):
        hooks = list(sys.path_hooks)
        if _default_path_hook not in hooks:
            hooks.append(_default_path_hook)
        for hook in hooks:
            try:
                return hook(path)
            except ImportError:
                continue
        return None

    @classmethod
    def _path_importer_cache(cls, path):
        if path == '':
            try:
                path = _imp._getcwd()
            except OSError:
                return None
        try:
            finder = sys.path_importer_cache[path]
        except KeyError:
            finder = cls._path_hooks(path)
            sys.path_importer_cache[path] = finder
        return finder

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        namespace_path = []
        for entry in path:
            if not isinstance(entry, str):
                continue
            finder = cls._path_importer_cache(entry)
            if finder is None:
                continue
            if hasattr(finder, 'find_spec'):
                spec = finder.find_spec(fullname, target)
            else:
                loader = finder.find_module(fullname) if hasattr(finder, 'find_module') else None
                spec = spec_from_loader(fullname, loader) if loader is not None else None
            if spec is None:
                continue
            if spec.loader is not None:
                return spec
            portions = spec.submodule_search_locations
            if portions is None:
                raise ImportError('spec missing loader')
            namespace_path.extend(portions)
        if namespace_path:
            return _namespace_spec(fullname, namespace_path)
        return None


for _c in (FileLoader, SourceLoader, SourceFileLoader, SourcelessFileLoader,
           ExtensionFileLoader, NamespaceLoader, _NamespacePath, FileFinder, PathFinder):
    _c.__module__ = '_frozen_importlib_external'
del _c

_default_path_hook = FileFinder.path_hook(*_get_supported_file_loaders())


class _zipimporter_hook:
    """What sys.path_hooks starts with in zipimport.zipimporter's place, so that the
    machinery does not compile zipimport until a path entry needs it: calling it imports
    zipimport (which then puts its own class in the hook's place) and returns a real
    zipimporter."""

    def __new__(cls, path):
        import zipimport
        return zipimport.zipimporter(path)


_zipimporter_hook.__name__ = _zipimporter_hook.__qualname__ = 'zipimporter'
_zipimporter_hook.__module__ = 'zipimport'


def _find_spec(name, path, target=None):
    """Asks sys.meta_path, then kaa's default finders, for the spec of `name`."""
    meta_path = sys.meta_path
    finders = list(meta_path)
    for default in (BuiltinImporter, FrozenImporter, PathFinder):
        if default not in finders:
            finders.append(default)
    for finder in finders:
        find = getattr(finder, 'find_spec', None)
        if find is None:
            continue
        spec = find(name, path, target)
        if spec is not None:
            return spec
    return None
