"""Locating and running Python modules as scripts (kaa's runpy).

Mirrors CPython 3.11's `runpy`: `run_module`, `run_path` and the private
`_run_module_as_main` that `kaa -m NAME` calls. Written for kaa from the runpy
documentation and CPython's observed behaviour (globals a run module sees, the
temporary `sys.modules`/`sys.argv[0]` replacement, error messages and types).
Call sites and raises sit on the line numbers CPython's frozen runpy uses, so
tracebacks through `<frozen runpy>` read the same.
"""

import sys
import importlib.machinery
import importlib.util
import os
from importlib import _bootstrap

__all__ = ["run_module", "run_path"]

ModuleType = type(sys)
_MISSING = object()


class _TempModule:
    """Puts a fresh module in sys.modules[mod_name] for the duration of a with block,
    then restores whatever was there before (or removes the name again)."""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = ModuleType(mod_name)
        self._previous = _MISSING

    def __enter__(self):
        self._previous = sys.modules.get(self.mod_name, _MISSING)
        sys.modules[self.mod_name] = self.module
        return self

    def __exit__(self, *exc_info):
        if self._previous is _MISSING:
            del sys.modules[self.mod_name]
        else:
            sys.modules[self.mod_name] = self._previous
        self._previous = _MISSING


class _ModifiedArgv0:
    """Replaces sys.argv[0] for the duration of a with block (not re-entrant)."""

    def __init__(self, value):
        self.value = value
        self._saved = _MISSING

    def __enter__(self):
        if self._saved is not _MISSING:
            raise RuntimeError("Already preserving saved value")
        self._saved = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *exc_info):
        self.value = _MISSING
        sys.argv[0] = self._saved


def _run_code(code, run_globals, init_globals=None,
              mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Executes `code` in `run_globals` after setting the module attributes; returns
    the globals."""
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader = None
        fname = script_name
        cached = None
    else:
        loader = mod_spec.loader
        fname = mod_spec.origin
        cached = mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    # The same keys, in the same order, as CPython: a fresh dict lists them so.
    run_globals.update(__name__=mod_name,
                       __file__=fname,
                       __cached__=cached,
                       __doc__=None,
                       __loader__=loader,
                       __package__=pkg_name,
                       __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None,
                     pkg_name=None, script_name=None):
    """Runs `code` in a temporary sys.modules[mod_name], sys.argv[0] naming the file."""
    fname = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp, _ModifiedArgv0(fname):
        run_globals = temp.module.__dict__
        _run_code(code, run_globals, init_globals,
                  mod_name, mod_spec, pkg_name, script_name)
    # The temporary module goes away with sys.modules' entry: hand back a copy.
    return run_globals.copy()


def _get_module_details(mod_name, error=ImportError):
    """(name, spec, code) of what `mod_name` runs; failures raise `error`."""
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    parent, _, _ = mod_name.rpartition(".")
    if parent:
        # The parent package is imported first: its __init__ runs before the module.
        try:
            __import__(parent)
        except ImportError as exc:
            # A missing parent (or grandparent) is reported by find_spec below;
            # any other ImportError came from running the package's code.
            missing = exc.name
            if missing is None or (missing != parent
                                   and not parent.startswith(missing + ".")):
                raise
        # Importing the package may have imported the module itself already.
        already = sys.modules.get(mod_name)
        if already is not None and not hasattr(already, "__path__"):
            from warnings import warn
            message = ("{!r} found in sys.modules after import of package {!r}, "
                       "but prior to execution of {!r}; this may result in "
                       "unpredictable behaviour")
            message = message.format(mod_name, parent, mod_name)
            warn(RuntimeWarning(message))
    # find_spec imports any parent packages still missing.
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as exc:
        # find_spec reports a missing parent and friends with several
        # exception types; -m and run_module report them all the same way.
        text = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            # The usual mistake: `-m script.py` for `-m script`.
            text += (f". Try using '{mod_name[:-3]}' instead of "
                     f"'{mod_name}' as the module name.")
        raise error(text.format(mod_name, type(exc).__name__, exc)) from exc
    if spec is None:
        raise error("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            main_name = mod_name + ".__main__"
            return _get_module_details(main_name, error)
        except error as exc:
            if mod_name not in sys.modules:
                raise
            raise error(("%s; %r is a package and cannot "
                         "be directly executed") % (exc, mod_name))
    loader = spec.loader
    if loader is None:
        raise error("%r is a namespace package and cannot be executed"
                    % mod_name)
    try:
        code = loader.get_code(mod_name)
    except ImportError as exc:
        raise error(format(exc)) from exc
    if code is None:
        raise error("No code object available for %s" % mod_name)
    return mod_name, spec, code


class _Error(Exception):
    """An error that `-m` reports as one line (program: message), no traceback."""


def _report_error(exc):
    # CPython prints sys.executable; while kaa's sys has none, the kaa command
    # prints the error itself, after the program name it gives its other errors.
    if not getattr(sys, "executable", None):
        exc._kaa_report = True
        raise exc
    sys.exit("%s: %s" % (sys.executable, exc))


def _run_module_as_main(mod_name, alter_argv=True):
    """Runs the module `mod_name` as the __main__ module (`-m`).

    Its code runs in the namespace of the existing sys.modules['__main__'] (which
    stays in place), and with `alter_argv` sys.argv[0] becomes the module's file
    name. Errors finding the module exit with a one-line message.
    """
    try:
        if alter_argv or mod_name != "__main__":
            mod_name, mod_spec, code = _get_module_details(mod_name, _Error)
        else:
            mod_name, mod_spec, code = _get_main_module_details(_Error)
    except _Error as exc:
        _report_error(exc)
    # No new module: the code runs in the namespace of the __main__ already there.
    main_globals = sys.modules["__main__"].__dict__
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    return _run_code(code, main_globals, None,
                     "__main__", mod_spec)


def run_module(mod_name, init_globals=None,
               run_name=None, alter_sys=False):
    """Executes the code of the module `mod_name` and returns its resulting globals.

    The module is found through the import system (its parent packages are
    imported first); a package runs through its __main__ submodule. The code runs
    in a fresh namespace, never in the module object `import` would create.

    `init_globals`, a dict, pre-populates the namespace before the code runs.
    The code sees `__name__` set to `run_name` when given, else to the name of the
    module that actually runs (`pkg.__main__` for a package); `__spec__`,
    `__file__`, `__cached__`, `__loader__` and `__package__` follow the module's
    spec.

    With `alter_sys` true, sys.argv[0] is the module's file name and
    sys.modules[__name__] a temporary module while the code runs; both are
    restored afterwards. Without it the code cannot import itself by that name.

    Errors finding the module raise ImportError.
    """
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    else:
        # A plain dict: sys is left alone.
        return _run_code(code, {}, init_globals, run_name, mod_spec)


def _get_main_module_details(error=ImportError):
    """Finds the `__main__` module along sys.path (for run_path on a directory),
    with the current __main__ taken out of sys.modules while looking: a missing
    one is reported against sys.path[0]."""
    main_name = "__main__"
    saved_main = sys.modules[main_name]
    del sys.modules[main_name]
    try:
        return _get_module_details(main_name)
    except ImportError as exc:
        if main_name in str(exc):
            raise error("can't find %r module in %r" %
                        (main_name, sys.path[0])) from exc
        raise
    finally:
        sys.modules[main_name] = saved_main


def _get_code_from_file(run_name, fname):
    """Compiles the file `fname` (opened by its absolute path, compiled under the
    name given); returns (code, fname)."""
    path = os.path.abspath(os.fsdecode(fname))
    with open(path, "rb") as f:
        source = f.read()
    # kaa cannot load compiled bytecode files, so the file is always compiled as
    # source (bytes, so that a coding declaration is honoured), under the name it
    # was given rather than the absolute path.
    code = compile(source, os.fsdecode(fname), "exec", dont_inherit=True)
    return code, fname


def run_path(path_name, init_globals=None, run_name=None):
    """Executes the code at the file-system location `path_name` and returns its
    resulting globals.

    `path_name` is a Python source file, or a directory (any valid sys.path
    entry) holding a `__main__` module: that module is what runs, found with
    `path_name` temporarily first on sys.path.

    `init_globals`, a dict, pre-populates the namespace. The code sees `__name__`
    set to `run_name` (default '<run_path>') and `__package__` to its parent part;
    for a file `__file__` is `path_name` and `__spec__` is None, for a directory
    they follow the spec of the `__main__` module found.

    sys.argv[0] is `path_name` and sys.modules[run_name] a temporary module while
    the code runs; both (and sys.path) are restored afterwards.

    A missing file raises the OSError of opening it; a directory without a
    `__main__` module raises ImportError.
    """
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    # A path entry some path hook accepts (a directory) has a finder; a plain
    # file has none.
    importer = _get_importer(os.fsdecode(path_name))
    if importer is None:
        # Not a path entry: compile and run the file itself.
        code, fname = _get_code_from_file(run_name, path_name)
        return _run_module_code(code, init_globals, run_name,
                                pkg_name=pkg_name, script_name=fname)
    else:
        # A path entry (a directory): its __main__ module is what runs, found
        # with the entry first on sys.path, and runs in a temporary module named
        # run_name with sys.argv[0] naming the entry itself. The current
        # __main__ is set aside meanwhile so that the lookup finds the entry's.
        # Whatever happens, the entry leaves sys.path again afterwards (its
        # first occurrence, should the code have added it again).
        sys.path.insert(0, path_name)
        try:
            # Look up __main__ with the current one set aside, then run it in
            # a temporary module named run_name.
            mod_name, mod_spec, code = _get_main_module_details()
            with _TempModule(run_name) as temp, _ModifiedArgv0(path_name):
                run_globals = temp.module.__dict__
                # A copy: the temporary module's namespace is about to go away.
                return _run_code(code, run_globals, init_globals,
                                 run_name, mod_spec, pkg_name).copy()
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass


def _get_importer(path_name):
    """The path-entry finder for `path_name` (cached in sys.path_importer_cache), or None
    when no path hook accepts it (a plain file)."""
    try:
        return sys.path_importer_cache[path_name]
    except KeyError:
        pass
    hooks = list(sys.path_hooks)
    # kaa serves the default directory hook natively: consult it after the others.
    default = _bootstrap._default_path_hook
    if default not in hooks:
        hooks.append(default)
    for hook in hooks:
        try:
            importer = hook(path_name)
        except ImportError:
            continue
        sys.path_importer_cache.setdefault(path_name, importer)
        return importer
    return None


if __name__ == "__main__":
    # `-m runpy MODULE ARGS`: run MODULE as __main__, as `-m MODULE ARGS` would.
    if len(sys.argv) < 2:
        print("No module specified for execution", file=sys.stderr)
    else:
        del sys.argv[0]
        _run_module_as_main(sys.argv[0])
