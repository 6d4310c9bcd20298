"""Path operations shared by every flavour of os.path (posixpath builds on these)."""

import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'samefile', 'sameopenfile',
           'samestat']


def exists(path):
    """True when path names an existing file or directory (symbolic links followed)."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """True when path is an existing regular file."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(st.st_mode)


def isdir(s):
    """True when the path is an existing directory."""
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def getsize(filename):
    """The size of a file in bytes, from os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """The last modification time of a file, from os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """The last access time of a file, from os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """The metadata change time of a file, from os.stat()."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    """The longest leading run of items (characters) that every item of m starts with."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo = min(m)
    hi = max(m)
    n = 0
    limit = min(len(lo), len(hi))
    while n < limit and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def samestat(s1, s2):
    """True when two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """True when two paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """True when two file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    """Splits p into (root, extension); a leading dot is part of the name, not an extension."""
    last_sep = p.rfind(sep)
    if altsep:
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep:
        i = last_sep + 1
        while i < dot:
            if p[i:i + 1] != extsep:
                return p[:dot], p[dot:]
            i += 1
    return p, p[:0]


def _check_arg_types(funcname, *args):
    """Raises TypeError unless args are all str or all bytes."""
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None
