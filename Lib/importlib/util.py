"""Utility code for importers (kaa's importlib.util)."""

import sys
import types
from importlib._bootstrap import (
    spec_from_loader, spec_from_file_location, module_from_spec, cache_from_source,
    source_from_cache, _find_spec, _CACHE_TAG,
)
from importlib.abc import Loader

MAGIC_NUMBER = b'\xa7\x0d\x0d\x0a'


def source_hash(source_bytes):
    h = 0xcbf29ce484222325
    for b in source_bytes:
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h.to_bytes(8, 'little')


def resolve_name(name, package):
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return f'{base}.{rest}' if rest else base


def _find_spec_from_path(name, path=None):
    if name not in sys.modules:
        return _find_spec(name, path)
    module = sys.modules[name]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError('{}.__spec__ is not set'.format(name)) from None
    if spec is None:
        raise ValueError('{}.__spec__ is None'.format(name))
    return spec


def find_spec(name, package=None):
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError('{}.__spec__ is not set'.format(name)) from None
    if spec is None:
        raise ValueError('{}.__spec__ is None'.format(name))
    return spec


class _LazyModule(types.ModuleType):
    """A module whose real loading happens on first attribute access."""

    def __getattribute__(self, attr):
        spec = object.__getattribute__(self, '__spec__')
        state = spec.loader_state
        if state.get('is_loading'):
            return object.__getattribute__(self, attr)
        state['is_loading'] = True
        try:
            d = object.__getattribute__(self, '__dict__')
            original_name = spec.name
            attrs_then = state['__dict__']
            attrs_now = d
            attrs_updated = {}
            for key, value in attrs_now.items():
                if key not in attrs_then:
                    attrs_updated[key] = value
                elif id(attrs_now[key]) != id(attrs_then[key]):
                    attrs_updated[key] = value
            spec.loader.exec_module(self)
            if original_name in sys.modules:
                if id(self) != id(sys.modules[original_name]):
                    raise ValueError(f'module object for {original_name!r} '
                                     'substituted in sys.modules during a lazy load')
            d.update(attrs_updated)
            self.__class__ = types.ModuleType
        finally:
            state['is_loading'] = False
        return getattr(self, attr)

    def __delattr__(self, attr):
        self.__getattribute__('__name__')
        delattr(self, attr)


class LazyLoader(Loader):
    """A loader that defers executing the module until an attribute is accessed."""

    @staticmethod
    def __check_eager_loader(loader):
        if not hasattr(loader, 'exec_module'):
            raise TypeError('loader must define exec_module()')

    @classmethod
    def factory(cls, loader):
        cls.__check_eager_loader(loader)
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def __init__(self, loader):
        self.__check_eager_loader(loader)
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        module.__spec__.loader = self.loader
        module.__loader__ = self.loader
        loader_state = {}
        loader_state['__dict__'] = module.__dict__.copy()
        loader_state['__class__'] = module.__class__
        loader_state['is_loading'] = False
        module.__spec__.loader_state = loader_state
        module.__class__ = _LazyModule
