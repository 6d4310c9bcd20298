"""Abstract base classes for importers and loaders (kaa's importlib.abc)."""

import abc
from importlib import machinery


class MetaPathFinder(metaclass=abc.ABCMeta):
    """Finders for sys.meta_path."""

    def invalidate_caches(self):
        pass


class PathEntryFinder(metaclass=abc.ABCMeta):
    """Finders returned by sys.path_hooks."""

    def invalidate_caches(self):
        pass


class Loader(metaclass=abc.ABCMeta):
    """The base of all loaders."""

    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        if not hasattr(self, 'exec_module'):
            raise ImportError
        from importlib._bootstrap import FileLoader
        return FileLoader.load_module(self, fullname)

    def module_repr(self, module):
        raise NotImplementedError


class ResourceLoader(Loader):
    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError('cannot load module {!r} when get_code() returns None'
                              .format(module.__name__))
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


class FileLoader(machinery.SourceFileLoader.__mro__[1], ResourceLoader, ExecutionLoader):
    """Loaders backed by a file path."""


class SourceLoader(ResourceLoader, ExecutionLoader):
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
            raise ImportError('source not available through get_data()',
                              name=fullname) from exc
        if isinstance(data, str):
            return data
        return data.decode('utf-8')

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)


class ResourceReader(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def open_resource(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path):
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self):
        return iter([])


for _cls in (machinery.BuiltinImporter, machinery.FrozenImporter, machinery.PathFinder):
    MetaPathFinder.register(_cls)
PathEntryFinder.register(machinery.FileFinder)
for _cls in (machinery.BuiltinImporter, machinery.FrozenImporter):
    InspectLoader.register(_cls)
ExecutionLoader.register(machinery.ExtensionFileLoader)
SourceLoader.register(machinery.SourceFileLoader)
del _cls
