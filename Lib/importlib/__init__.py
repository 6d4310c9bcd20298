"""kaa's importlib: import_module, reload and invalidate_caches."""

import sys
import _imp
from importlib import _bootstrap

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = _imp.__import__


def invalidate_caches():
    for finder in list(sys.meta_path):
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()
    _bootstrap.PathFinder.invalidate_caches()


def import_module(name, package=None):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if level > 0 and not isinstance(package, str):
        raise TypeError('__package__ not set to a string')
    globals_ = {'__package__': package, '__name__': package} if level else None
    _imp.__import__(name[level:], globals_, None, [], level)
    if level:
        from importlib.util import resolve_name
        absname = resolve_name(name, package)
    else:
        absname = name
    return sys.modules[absname]


_RELOADING = {}


def reload(module):
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError('reload() argument must be a module')
    if not isinstance(module, type(sys)):
        raise TypeError('reload() argument must be a module')
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition('.')[0]
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError(f'parent {parent_name!r} not in sys.modules',
                                  name=parent_name) from None
            else:
                pkgpath = parent.__path__
        else:
            pkgpath = None
        target = module
        spec = module.__spec__ = _bootstrap._find_spec(name, pkgpath, target)
        if spec is None:
            raise ModuleNotFoundError(f'spec not found for the module {name!r}', name=name)
        _bootstrap._init_module_attrs(spec, module, override=True)
        if spec.loader is None:
            raise ImportError('missing loader', name=spec.name)
        if not hasattr(spec.loader, 'exec_module'):
            spec.loader.load_module(name)
        else:
            spec.loader.exec_module(module)
        return sys.modules[name]
    finally:
        try:
            del _RELOADING[name]
        except KeyError:
            pass
