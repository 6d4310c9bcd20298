"""Object-oriented file-system paths, mirroring CPython 3.11's pathlib for POSIX systems.

PurePath/PurePosixPath compute on path strings only; Path/PosixPath add the file-system
operations, built on os, os.path and fnmatch. Paths are stored as a root ('', '/' or '//',
the last kept as POSIX allows) and a tuple of names; '.' components and repeated slashes
are dropped, '..' is kept. PureWindowsPath/WindowsPath are not implemented: WindowsPath
cannot be instantiated, as on any POSIX CPython.
"""

import io
import os
import posixpath
from _collections_abc import Sequence
from errno import ENOENT, ENOTDIR, EBADF, ELOOP

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]

# Errors that mean "no such file" for the is_*() and exists() queries.
_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _ignore_error(exc):
    return getattr(exc, "errno", None) in _IGNORED_ERRNOS


def _split_root(path):
    """Split a POSIX path string into (root, names): two leading slashes are kept, as POSIX
    gives them an implementation-defined meaning; one or three and more mean '/'."""
    if path[:1] != "/":
        root = ""
    elif path[:2] == "//" and path[2:3] != "/":
        root = "//"
    else:
        root = "/"
    names = [n for n in path.split("/") if n and n != "."]
    return root, names


def _parse_args(args):
    """Combine constructor arguments into (root, names): an absolute segment restarts the path."""
    root = ""
    names = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root = a._root
                names = list(a._tail)
            else:
                names.extend(a._tail)
            continue
        a = os.fspath(a)
        if not isinstance(a, str):
            raise TypeError(
                "argument should be a str object or an os.PathLike object returning str, "
                "not %r" % (type(a),))
        r, n = _split_root(a)
        if r:
            root = r
            names = n
        else:
            names.extend(n)
    return root, names


class _PathParents(Sequence):
    """The logical ancestors of a path, nearest first (PurePath.parents)."""

    __slots__ = ("_pathcls", "_root", "_tail")

    def __init__(self, path):
        self._pathcls = type(path)
        self._root = path._root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self._tail)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._pathcls._from_parsed(self._root, self._tail[:n - idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath(object):
    """Base class for manipulating paths without I/O.

    PurePath represents a filesystem path and offers operations which
    don't imply any actual filesystem I/O.  Depending on your system,
    instantiating a PurePath will return either a PurePosixPath or a
    PureWindowsPath object.  You can also instantiate either of these classes
    directly, regardless of your system.
    """

    __slots__ = ("_root", "_tail", "_str", "_hash")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    @classmethod
    def _from_parts(cls, args):
        root, names = _parse_args(args)
        return cls._from_parsed(root, tuple(names))

    @classmethod
    def _from_parsed(cls, root, tail):
        self = object.__new__(cls)
        self._root = root
        self._tail = tuple(tail)
        return self

    def _child(self, name):
        return self._from_parsed(self._root, self._tail + (name,))

    # -- text forms --

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            s = self._root + "/".join(self._tail)
            self._str = s or "."
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation of the path with forward (/)
        slashes."""
        return str(self)

    def __bytes__(self):
        """Return the bytes representation of the path.  This is only
        recommended to use under Unix."""
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + _quote_path(bytes(self))

    # -- comparison --

    @property
    def _cparts(self):
        return self.parts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour == other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._flavour != other._flavour:
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._flavour != other._flavour:
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._flavour != other._flavour:
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._flavour != other._flavour:
            return NotImplemented
        return self._cparts >= other._cparts

    # -- components --

    @property
    def drive(self):
        """The drive prefix (letter or UNC path), if any."""
        return ""

    @property
    def root(self):
        """The root of the path, if any."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._root

    @property
    def parts(self):
        """An object providing sequence-like access to the
        components in the filesystem path."""
        if self._root:
            return (self._root,) + self._tail
        return self._tail

    @property
    def name(self):
        """The final path component, if any."""
        if not self._tail:
            return ""
        return self._tail[-1]

    @property
    def suffix(self):
        """
        The final component's last suffix, if any.

        This includes the leading period. For example: '.txt'
        """
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        """
        A list of the final component's suffixes, if any.

        These include the leading periods. For example: ['.tar', '.gz']
        """
        name = self.name
        if name.endswith("."):
            return []
        pieces = name.lstrip(".").split(".")
        return ["." + s for s in pieces[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        """The logical parent of the path."""
        if not self._tail:
            return self
        return self._from_parsed(self._root, self._tail[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, names = _split_root(name)
        if not name or name[-1] == "/" or root or len(names) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._tail[:-1] + (name,))

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed.  If the path
        has no suffix, add given suffix.  If the given suffix is an empty
        string, remove the suffix from the path.
        """
        if "/" in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if old:
            name = name[:-len(old)]
        return self._from_parsed(self._root, self._tail[:-1] + (name + suffix,))

    def relative_to(self, *other):
        """Return the relative path to another path identified by the passed
        arguments.  If the operation is not possible (because this is not
        a subpath of the other path), raise ValueError.
        """
        if not other:
            raise TypeError("need at least one argument")
        root, names = _parse_args(other)
        n = len(names)
        if self._root != root or self._tail[:n] != tuple(names):
            base = root + "/".join(names)
            raise ValueError(
                "{!r} is not in the subpath of {!r}"
                " OR one path is relative and the other is absolute."
                .format(str(self), base))
        return self._from_parsed("", self._tail[n:])

    def is_relative_to(self, *other):
        """Return True if the path is relative to another path or False.
        """
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        """True if the path is absolute (has both a root and, if applicable,
        a drive)."""
        return bool(self._root)

    def is_reserved(self):
        """Return True if the path contains one of the special names reserved
        by the system, if any."""
        return False

    # -- joining --

    def joinpath(self, *args):
        """Combine this path with one or several arguments, and return a
        new path representing either a subpath (if all arguments are relative
        paths) or a totally different path (if one of the arguments is
        anchored).
        """
        return self._from_parts((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_parts((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts((key, self))
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        """
        Return True if this path matches the given pattern.
        """
        import fnmatch
        pat_root, pat_names = _split_root(path_pattern)
        if not pat_root and not pat_names:
            raise ValueError("empty pattern")
        if pat_root and pat_root != self._root:
            return False
        names = self._tail
        if pat_root:
            if len(pat_names) != len(names):
                return False
        elif len(pat_names) > len(names):
            return False
        for name, pat in zip(reversed(names), reversed(pat_names)):
            if not fnmatch.fnmatchcase(name, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems.

    On a POSIX system, instantiating a PurePath should return this object.
    However, you can also instantiate it directly on any system.
    """
    _flavour = "posix"
    __slots__ = ()


class PureWindowsPath(PurePath):
    """PurePath subclass for Windows systems (not implemented by kaa)."""
    _flavour = "windows"
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("PureWindowsPath is not implemented in kaa")


_SAFE_URI_BYTES = frozenset(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def _quote_path(data):
    """Percent-encode bytes as urllib.parse.quote_from_bytes does with safe='/'."""
    out = []
    for b in data:
        if b in _SAFE_URI_BYTES:
            out.append(chr(b))
        else:
            out.append("%%%02X" % b)
    return "".join(out)


# -- concrete paths --

def _is_wildcard(pat):
    return "*" in pat or "?" in pat or "[" in pat


def _scan(path):
    """The names in a directory, in directory order; none if it cannot be read."""
    try:
        names = os.listdir(path)
    except OSError:
        return []
    return names


def _is_dir(path):
    try:
        return posixpath.isdir(path)
    except (OSError, ValueError):
        return False


def _select(path, parts, dironly_end):
    """Yield the paths under `path` matching the pattern components `parts`."""
    if not parts:
        yield path
        return
    pat = parts[0]
    rest = parts[1:]
    if pat == "**":
        seen = set()
        for d in _walk_dirs(path):
            for p in _select(d, rest, dironly_end):
                if p not in seen:
                    seen.add(p)
                    yield p
        return
    if "**" in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    dironly = bool(rest) or dironly_end
    if _is_wildcard(pat):
        import fnmatch
        for name in _scan(str(path)):
            child = path._child(name)
            if dironly and not _is_dir(str(child)):
                continue
            if fnmatch.fnmatchcase(name, pat):
                yield from _select(child, rest, dironly_end)
    else:
        child = path._child(pat)
        if dironly:
            ok = _is_dir(str(child))
        else:
            try:
                ok = posixpath.exists(str(child))
            except ValueError:
                ok = False
        if ok:
            yield from _select(child, rest, dironly_end)


def _walk_dirs(path):
    """The directory itself and every directory below it, symbolic links not followed."""
    yield path
    for name in _scan(str(path)):
        child = path._child(name)
        s = str(child)
        if _is_dir(s) and not posixpath.islink(s):
            yield from _walk_dirs(child)


class Path(PurePath):
    """PurePath subclass that can make system calls.

    When you instantiate Path, you will get either a PosixPath or a
    WindowsPath object. You can also instantiate a PosixPath or WindowsPath
    directly, but cannot instantiate a WindowsPath on a POSIX system
    or vice versa.
    """
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        if cls._flavour != "posix":
            raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
        return cls._from_parts(args)

    def __enter__(self):
        # Deprecated in 3.11; the context manager does nothing.
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled "
                      "for removal in Python 3.13; Path objects as a context "
                      "manager is a no-op",
                      DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory
        (as returned by os.getcwd()).
        """
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory (as
        returned by os.path.expanduser('~')).
        """
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Return whether other_path is the same or not as this file
        (as returned by os.path.samefile()).
        """
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return posixpath.samestat(st, other_st)

    def iterdir(self):
        """Iterate over the files in this directory.  Does not yield any
        result for the special paths '.' and '..'.
        """
        for name in os.listdir(self):
            yield self._child(name)

    def _glob_parts(self, pattern):
        root, names = _split_root(pattern)
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        for n in names:
            if "**" in n and n != "**":
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        return names, pattern[-1:] == "/"

    def glob(self, pattern):
        """Iterate over this subtree and yield all existing files (of any
        kind, including directories) matching the given relative pattern.
        """
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        names, dironly = self._glob_parts(pattern)
        if not _is_dir(str(self)):
            return
        yield from _select(self, names, dironly)

    def rglob(self, pattern):
        """Recursively yield all existing files (of any kind, including
        directories) matching the given relative pattern, anywhere in
        this subtree.
        """
        names, dironly = self._glob_parts(pattern)
        if not _is_dir(str(self)):
            return
        yield from _select(self, ["**"] + names, dironly)

    def absolute(self):
        """Return an absolute version of this path by prepending the current
        working directory. No normalization or symlink resolution is performed.

        Use resolve() to get the canonical path to a file.
        """
        if self.is_absolute():
            return self
        return self._from_parts((os.getcwd(), self))

    def resolve(self, strict=False):
        """
        Make the path absolute, resolving all symlinks on the way and also
        normalizing it.
        """
        def check_eloop(e):
            winerror = getattr(e, "winerror", 0)
            if e.errno == ELOOP or winerror == 1921:
                raise RuntimeError("Symlink loop from %r" % e.filename)

        try:
            s = posixpath.realpath(self, strict=strict)
        except OSError as e:
            check_eloop(e)
            raise
        p = self._from_parts((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                check_eloop(e)
        return p

    def stat(self, *, follow_symlinks=True):
        """
        Return the result of the stat() system call on this path, like
        os.stat() does.
        """
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """
        Like stat(), except if the path points to a symlink, the symlink's
        status information is returned, rather than its target's.
        """
        return self.stat(follow_symlinks=False)

    def owner(self):
        """
        Return the login name of the file owner.
        """
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """
        Return the group name of the file gid.
        """
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        """
        Open the file pointed by this path and return a file object, as
        the built-in open() function does.
        """
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """
        Open the file in bytes mode, read it, and close the file.
        """
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """
        Open the file in text mode, read it, and close the file.
        """
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """
        Open the file in bytes mode, write to it, and close the file.
        """
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """
        Open the file in text mode, write to it, and close the file.
        """
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """
        Return the path to which the symbolic link points.
        """
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """
        Create this file with the given access mode, if it doesn't exist.
        """
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """
        Create a new directory at this given path.
        """
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """
        Change the permissions of the path, like os.chmod().
        """
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """
        Like chmod(), except if the path points to a symlink, the symlink's
        permissions are changed, rather than its target's.
        """
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """
        Remove this file or link.
        If the path is a directory, use rmdir() instead.
        """
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """
        Remove this directory.  The directory must be empty.
        """
        os.rmdir(self)

    def rename(self, target):
        """
        Rename this path to the target path.

        The target path may be absolute or relative. Relative paths are
        interpreted relative to the current working directory, *not* the
        directory of the Path object.

        Returns the new Path instance pointing to the target path.
        """
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """
        Rename this path to the target path, overwriting if that path exists.

        The target path may be absolute or relative. Relative paths are
        interpreted relative to the current working directory, *not* the
        directory of the Path object.

        Returns the new Path instance pointing to the target path.
        """
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """
        Make this path a symlink pointing to the target path.
        Note the order of arguments (link, target) is the reverse of os.symlink.
        """
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """
        Make this path a hard link pointing to the same file as *target*.

        Note the order of arguments (self, target) is the reverse of os.link's.
        """
        os.link(target, self)

    # -- queries --

    def _mode(self, follow_symlinks=True):
        """The st_mode of the path, or None if it does not exist (or is unusable)."""
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except OSError as e:
            if not _ignore_error(e):
                raise
            return None
        except ValueError:
            return None

    def exists(self):
        """
        Whether this path exists.
        """
        return self._mode() is not None

    def is_dir(self):
        """
        Whether this path is a directory.
        """
        m = self._mode()
        return m is not None and (m & 0o170000) == 0o040000

    def is_file(self):
        """
        Whether this path is a regular file (also True for symlinks pointing
        to regular files).
        """
        m = self._mode()
        return m is not None and (m & 0o170000) == 0o100000

    def is_mount(self):
        """
        Check if this path is a POSIX mount point
        """
        return posixpath.ismount(self)

    def is_symlink(self):
        """
        Whether this path is a symbolic link.
        """
        m = self._mode(False)
        return m is not None and (m & 0o170000) == 0o120000

    def is_block_device(self):
        """
        Whether this path is a block device.
        """
        m = self._mode()
        return m is not None and (m & 0o170000) == 0o060000

    def is_char_device(self):
        """
        Whether this path is a character device.
        """
        m = self._mode()
        return m is not None and (m & 0o170000) == 0o020000

    def is_fifo(self):
        """
        Whether this path is a FIFO.
        """
        m = self._mode()
        return m is not None and (m & 0o170000) == 0o010000

    def is_socket(self):
        """
        Whether this path is a socket.
        """
        m = self._mode()
        return m is not None and (m & 0o170000) == 0o140000

    def expanduser(self):
        """ Return a new path with expanded ~ and ~user constructs
        (as returned by os.path.expanduser)
        """
        if not self._root and self._tail and self._tail[0][:1] == "~":
            homedir = posixpath.expanduser(self._tail[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts((homedir,) + self._tail[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems.

    On a POSIX system, instantiating a Path should return this object.
    """
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems.

    On a Windows system, instantiating a Path should return this object.
    """
    __slots__ = ()
