"""The os module: the portable interface to the operating system, built on the native
posix module (the system calls) and posixpath (os.path)."""

import abc
import sys
import stat as st

from _collections_abc import _check_methods, Mapping, MutableMapping

import posix as _posix
from posix import *
from posix import _exit

import posixpath as path
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                       devnull)

GenericAlias = type(list[int])

name = 'posix'
linesep = '\n'
error = OSError

sys.modules['os.path'] = path

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep",
           "defpath", "name", "path", "devnull", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "fsencode", "fsdecode", "get_exec_path", "fdopen",
           "extsep", "makedirs", "removedirs", "renames", "walk", "scandir",
           "DirEntry", "PathLike", "environ", "environb", "getenv", "getenvb",
           "putenv", "unsetenv", "fspath", "error", "stat_result"]
__all__.extend(n for n in dir(_posix) if not n.startswith('_') and n not in __all__)


def _exists(name):
    return name in globals()


_ENCODING = 'utf-8'
try:
    'a'.encode(_ENCODING, 'surrogateescape')
    _ERRORS = 'surrogateescape'
except LookupError:
    _ERRORS = 'replace'


def fsencode(filename):
    """Encodes a path (str, bytes or os.PathLike) to bytes with the file-system encoding."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode(_ENCODING, _ERRORS)
    return filename


def fsdecode(filename):
    """Decodes a path (str, bytes or os.PathLike) to str with the file-system encoding."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode(_ENCODING, _ERRORS)
    return filename


# ---- directories -------------------------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """Creates a directory and any missing parents; with exist_ok an existing directory is
    not an error."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ascii')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Removes a directory, then each parent that becomes empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Renames old to new, creating new's directories and pruning old's empty ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


# ---- scandir -----------------------------------------------------------------------------------

class DirEntry:
    """One entry yielded by scandir(): its name, full path and cached stat information."""

    __slots__ = ('name', 'path', '_stat', '_lstat')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, dirpath, name):
        self = object.__new__(cls)
        self.name = name
        self.path = path.join(dirpath, name) if dirpath is not None else name
        self._stat = None
        self._lstat = None
        return self

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                if self.is_symlink():
                    self._stat = stat(self.path)
                else:
                    self._stat = self.stat(follow_symlinks=False)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return None

    def is_dir(self, *, follow_symlinks=True):
        m = self._mode(follow_symlinks)
        return m is not None and st.S_ISDIR(m)

    def is_file(self, *, follow_symlinks=True):
        m = self._mode(follow_symlinks)
        return m is not None and st.S_ISREG(m)

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and st.S_ISLNK(m)

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    __class_getitem__ = classmethod(GenericAlias)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    """The iterator scandir() returns; also a context manager that closes it."""

    def __init__(self, dirpath):
        self._entries = iter(listdir(dirpath))
        self._dir = fspath(dirpath)
        self._closed = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._closed:
            raise StopIteration
        name = next(self._entries)
        return DirEntry._make(self._dir, name)

    def close(self):
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'
_ScandirIterator.__module__ = 'posix'


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of a directory."""
    if path is None:
        it = _ScandirIterator('.')
        it._dir = '.'
        return it
    return _ScandirIterator(path)


# ---- walk --------------------------------------------------------------------------------------

def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for top and every directory below it."""
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            scandir_it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        cont = False
        with scandir_it:
            while True:
                try:
                    try:
                        entry = next(scandir_it)
                    except StopIteration:
                        break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    cont = True
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            is_symlink = entry.is_symlink()
                        except OSError:
                            is_symlink = False
                        walk_into = not is_symlink
                    if walk_into:
                        walk_dirs.append(entry.path)
        if cont:
            continue
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


# ---- the environment ---------------------------------------------------------------------------

class _Environ(MutableMapping):
    """A mapping over the process environment: changes are passed on to putenv/unsetenv."""

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = self.encodekey(key)
        unsetenv(encodedkey)
        try:
            del self._data[encodedkey]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        keys = list(self._data)
        for key in keys:
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ', '.join(f'{self.decodekey(k)!r}: {self.decodevalue(v)!r}'
                          for k, v in self._data.items())
        return f'environ({{{items}}})'

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


def _create_environ():
    def check_str(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value

    def encode(value):
        return check_str(value).encode(_ENCODING, _ERRORS)

    def decode(value):
        return value.decode(_ENCODING, _ERRORS)

    return _Environ(_posix.environ, encode, decode, encode, decode)


environ = _create_environ()


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value


environb = _Environ(environ._data, _check_bytes, bytes, _check_bytes, bytes)


def getenv(key, default=None):
    """The environment variable key, or default when it is not set."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """The environment variable key (bytes), or default when it is not set."""
    return environb.get(key, default)


def get_exec_path(env=None):
    """The directories searched for executables (from PATH)."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object on an open file descriptor (io.open(fd, ...))."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding) if hasattr(io, 'text_encoding') else encoding
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


# ---- terminal size -----------------------------------------------------------------------------

class terminal_size(tuple):
    """A tuple of (columns, lines) for holding terminal window size"""

    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) != 2:
            raise TypeError(f"os.terminal_size() takes a 2-sequence ({len(items)}-sequence given)")
        return tuple.__new__(cls, items)

    @property
    def columns(self):
        """width of the terminal window in characters"""
        return self[0]

    @property
    def lines(self):
        """height of the terminal window in characters"""
        return self[1]

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]!r}, lines={self[1]!r})'

    def __reduce__(self):
        return (terminal_size, (tuple(self),))


terminal_size.__module__ = 'os'
_get_terminal_size = get_terminal_size


def get_terminal_size(fd=1):
    """The size of the terminal window on fd as terminal_size(columns, lines)."""
    return terminal_size(_get_terminal_size(fd))


class uname_result(tuple):
    """uname_result: Result from os.uname()."""

    n_sequence_fields = 5
    n_fields = 5
    n_unnamed_fields = 0
    _fields = ('sysname', 'nodename', 'release', 'version', 'machine')

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) != 5:
            raise TypeError(f"os.uname_result() takes a 5-sequence ({len(items)}-sequence given)")
        return tuple.__new__(cls, items)

    sysname = property(lambda self: self[0], doc="operating system name")
    nodename = property(lambda self: self[1], doc="name of machine on network (implementation-defined)")
    release = property(lambda self: self[2], doc="operating system release")
    version = property(lambda self: self[3], doc="operating system version")
    machine = property(lambda self: self[4], doc="hardware identifier")

    def __repr__(self):
        fields = ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self))
        return f'posix.uname_result({fields})'

    def __reduce__(self):
        return (uname_result, (tuple(self),))


uname_result.__module__ = 'posix'
_uname = uname


def uname():
    """The system's identification as uname_result(sysname, nodename, release, version,
    machine)."""
    return uname_result(_uname())


# ---- PathLike ----------------------------------------------------------------------------------

class PathLike(abc.ABC):
    """Abstract base class for objects with a file-system path (__fspath__)."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return _check_methods(subclass, '__fspath__')
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)
