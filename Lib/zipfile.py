"""Read and write ZIP archives (kaa's implementation, written from the PKWARE format notes).

ZipFile (modes 'r', 'w', 'x', 'a'), ZipInfo, is_zipfile, the ZIP_STORED and ZIP_DEFLATED
methods, archive and member comments, reading members through file objects and extracting
them. ZIP64 archives, encryption and the bzip2/lzma methods are not supported.
"""

import binascii
import io
import os
import stat
import sys
import time

try:
    import zlib
except ImportError:
    zlib = None

crc32 = binascii.crc32

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED",
           "ZIP_BZIP2", "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile",
           "LargeZipFile"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile would need ZIP64 extensions."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

_METHOD_NAMES = {0: 'store', 8: 'deflate', 12: 'bzip2', 14: 'lzma'}

_SIG_LOCAL = b'PK\x03\x04'
_SIG_CENTRAL = b'PK\x01\x02'
_SIG_END = b'PK\x05\x06'
_SIG_END64 = b'PK\x06\x06'
_LOCAL_SIZE = 30
_CENTRAL_SIZE = 46
_END_SIZE = 22

_FLAG_ENCRYPTED = 0x1
_FLAG_DESCRIPTOR = 0x8
_FLAG_UTF8 = 0x800

_CP437_HIGH = ('ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞'
               '╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0')


def _cp437(raw):
    return ''.join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw)


def _le(data, pos, size):
    return int.from_bytes(data[pos:pos + size], 'little')


def _p16(n):
    return (n & 0xFFFF).to_bytes(2, 'little')


def _p32(n):
    return (n & 0xFFFFFFFF).to_bytes(4, 'little')


def _check_method(method):
    if method == ZIP_STORED:
        return
    if method == ZIP_DEFLATED:
        if zlib is None:
            raise RuntimeError("Compression requires the (missing) zlib module")
        return
    if method == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if method == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


def _find_end(fp):
    """The end-of-central-directory record's fields and comment, or None."""
    fp.seek(0, 2)
    size = fp.tell()
    if size < _END_SIZE:
        return None
    # Most archives have no comment: the record is the file's last 22 bytes.
    fp.seek(size - _END_SIZE)
    data = fp.read()
    if len(data) == _END_SIZE and data[:4] == _SIG_END and data[20:22] == b'\x00\x00':
        return _end_fields(data, size - _END_SIZE) + (b'',)
    start = max(size - (ZIP_MAX_COMMENT + _END_SIZE), 0)
    fp.seek(start)
    data = fp.read()
    pos = data.rfind(_SIG_END)
    if pos < 0 or len(data) - pos < _END_SIZE:
        return None
    rec = data[pos:pos + _END_SIZE]
    comment_len = _le(rec, 20, 2)
    comment = data[pos + _END_SIZE:pos + _END_SIZE + comment_len]
    return _end_fields(rec, start + pos) + (comment,)


def _end_fields(rec, where):
    # (entries, size of the central directory, its offset, where the record is)
    return (_le(rec, 10, 2), _le(rec, 12, 4), _le(rec, 16, 4), where)


def is_zipfile(filename):
    """Whether `filename` (a path or a file object) looks like a ZIP archive."""
    try:
        if hasattr(filename, "read"):
            return _find_end(filename) is not None
        with open(filename, "rb") as fp:
            return _find_end(fp) is not None
    except OSError:
        return False


class ZipInfo(object):
    """What the archive records about one member."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time',
                 '_end_offset')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        nul = filename.find(chr(0))
        if nul >= 0:
            filename = filename[:nul]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None
        self.header_offset = 0
        self.CRC = 0

    def __repr__(self):
        parts = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s' % _METHOD_NAMES.get(self.compress_type,
                                                                  self.compress_type))
        mode_bits = self.external_attr >> 16
        dos_bits = self.external_attr & 0xFFFF
        if mode_bits:
            parts.append(' filemode=%r' % stat.filemode(mode_bits))
        if dos_bits:
            parts.append(' external_attr=%#x' % dos_bits)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            parts.append(' compress_size=%r' % self.compress_size)
        parts.append('>')
        return ''.join(parts)

    def is_dir(self):
        return self.filename[-1:] == '/'

    def _encoded_name(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _FLAG_UTF8

    def _dos_time(self):
        y, mo, d, h, mi, s = self.date_time[:6]
        return (h << 11 | mi << 5 | s // 2), ((y - 1980) << 9 | mo << 5 | d)

    def FileHeader(self, zip64=None):
        """The local file header for this member."""
        name, flags = self._encoded_name()
        dostime, dosdate = self._dos_time()
        if flags & _FLAG_DESCRIPTOR:
            crc = csize = usize = 0
        else:
            crc, csize, usize = self.CRC, self.compress_size, self.file_size
        if csize > ZIP64_LIMIT or usize > ZIP64_LIMIT:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        version = max(self.extract_version, DEFAULT_VERSION)
        return b''.join([
            _SIG_LOCAL, _p16(version), _p16(flags), _p16(self.compress_type),
            _p16(dostime), _p16(dosdate), _p32(crc), _p32(csize), _p32(usize),
            _p16(len(name)), _p16(len(self.extra)), name, self.extra])

    def _central_record(self):
        name, flags = self._encoded_name()
        dostime, dosdate = self._dos_time()
        if self.header_offset > ZIP64_LIMIT or self.file_size > ZIP64_LIMIT:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        version = max(self.extract_version, DEFAULT_VERSION)
        made_by = max(self.create_version, version) | (self.create_system << 8)
        comment = self.comment
        return b''.join([
            _SIG_CENTRAL, _p16(made_by), _p16(version), _p16(flags),
            _p16(self.compress_type), _p16(dostime), _p16(dosdate), _p32(self.CRC),
            _p32(self.compress_size), _p32(self.file_size), _p16(len(name)),
            _p16(len(self.extra)), _p16(len(comment)), _p16(0), _p16(self.internal_attr),
            _p32(self.external_attr), _p32(self.header_offset), name, self.extra, comment])

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for the file or directory `filename`, named `arcname` in the archive."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        info = cls(arcname, date_time)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info


class ZipExtFile(io.BufferedIOBase):
    """A member opened for reading: its data is decompressed and checked as it is read."""

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._fileobj = fileobj
        self._close_fileobj = close_fileobj
        self._compress_type = zipinfo.compress_type
        self._expected_crc = zipinfo.CRC
        self._expected_size = zipinfo.file_size
        self._start = fileobj.tell()
        self._zinfo = zipinfo
        self._restart()
        self.mode = mode
        self.name = zipinfo.filename
        self.newlines = None

    def _restart(self):
        """Reads the member from its first byte again (also the initial state)."""
        self._left = self._zinfo.compress_size
        self._crc = 0
        self._produced = 0
        self._eof = False
        self._buffer = b''
        self._offset = 0
        self._pos = 0
        self._decomp = None
        if self._compress_type == ZIP_DEFLATED:
            self._decomp = zlib.decompressobj(-15)

    def __repr__(self):
        if self.closed:
            return '<%s.%s [closed]>' % (self.__class__.__module__, self.__class__.__qualname__)
        r = '<%s.%s name=%r mode=%r' % (self.__class__.__module__,
                                        self.__class__.__qualname__, self.name, self.mode)
        if self._compress_type != ZIP_STORED:
            r += ' compress_type=%s' % _METHOD_NAMES.get(self._compress_type,
                                                         self._compress_type)
        return r + '>'

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def _more(self, n):
        """Decompresses at least `n` more bytes (or up to the end) into the buffer."""
        while not self._eof and len(self._buffer) - self._offset < n:
            chunk = self._fileobj.read(min(self._left, 65536)) if self._left > 0 else b''
            if not chunk and self._left > 0:
                raise EOFError
            self._left -= len(chunk)
            if self._decomp is not None:
                data = self._decomp.decompress(chunk)
                if self._left <= 0 or self._decomp.eof:
                    data += self._decomp.flush()
                    if not self._decomp.eof and self._produced + len(data) < self._expected_size:
                        raise EOFError("Compressed file ended before the "
                                       "end-of-stream marker was reached")
                    self._left = 0
            else:
                data = chunk
            self._crc = crc32(data, self._crc)
            self._produced += len(data)
            if self._left <= 0:
                self._eof = True
                if self._crc != self._expected_crc:
                    raise BadZipFile("Bad CRC-32 for file %r" % self.name)
            if self._offset:
                self._buffer = self._buffer[self._offset:] + data
                self._offset = 0
            else:
                self._buffer += data

    def _take(self, n):
        end = self._offset + n
        out = self._buffer[self._offset:end]
        self._offset += len(out)
        self._pos += len(out)
        return out

    def read(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            self._more(float('inf'))
            return self._take(len(self._buffer) - self._offset)
        self._more(n)
        return self._take(n)

    def read1(self, n=-1):
        if n is None or n < 0:
            return self.read()
        self._more(1)
        return self._take(n)

    def peek(self, n=1):
        self._more(max(n, 1))
        return self._buffer[self._offset:self._offset + 512]

    def readline(self, limit=-1):
        if self.closed:
            raise ValueError("readline of closed file.")
        while True:
            nl = self._buffer.find(b'\n', self._offset)
            if nl >= 0:
                n = nl + 1 - self._offset
                break
            if self._eof:
                n = len(self._buffer) - self._offset
                break
            self._more(len(self._buffer) - self._offset + 4096)
        if limit is not None and limit >= 0:
            n = min(n, limit)
        return self._take(n)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        return self._pos

    def seek(self, offset, whence=0):
        if self.closed:
            raise ValueError("seek on closed file.")
        if whence == 0:
            target = offset
        elif whence == 1:
            target = self._pos + offset
        elif whence == 2:
            target = self._expected_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), "
                             "os.SEEK_CUR (1), or os.SEEK_END (2)")
        target = max(0, min(target, self._expected_size))
        if target < self._pos - self._offset:
            # Back before the buffer: start the member over.
            self._fileobj.seek(self._start)
            self._restart()
        if target < self._pos:
            back = self._pos - target
            self._offset -= back
            self._pos = target
        else:
            self.read(target - self._pos)
        return self._pos

    def close(self):
        try:
            if self._close_fileobj and self._fileobj is not None:
                self._fileobj.close()
        finally:
            super().close()


class _ZipWriteFile(io.BufferedIOBase):
    """A member opened with mode 'w': the data is compressed as it comes and the header
    rewritten with the sizes and CRC on close."""

    def __init__(self, zf, zinfo):
        self._zipfile = zf
        self._zinfo = zinfo
        self._file_size = 0
        self._compress_size = 0
        self._crc = 0
        self._comp = None
        if zinfo.compress_type == ZIP_DEFLATED:
            level = zinfo._compresslevel
            self._comp = zlib.compressobj(-1 if level is None else level, zlib.DEFLATED, -15)

    @property
    def _fileobj(self):
        return self._zipfile.fp

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, (bytes, bytearray)):
            nbytes = len(data)
        else:
            data = memoryview(data)
            nbytes = data.nbytes
        self._file_size += nbytes
        self._crc = crc32(data, self._crc)
        if self._comp is not None:
            data = self._comp.compress(data)
        self._compress_size += len(data)
        self._fileobj.write(data)
        return nbytes

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            if self._comp is not None:
                tail = self._comp.flush()
                self._compress_size += len(tail)
                self._fileobj.write(tail)
            zinfo = self._zinfo
            zinfo.compress_size = self._compress_size
            zinfo.CRC = self._crc
            zinfo.file_size = self._file_size
            if self._file_size > ZIP64_LIMIT or self._compress_size > ZIP64_LIMIT:
                raise LargeZipFile("File size too large, try using force_zip64")
            end = self._fileobj.tell()
            self._fileobj.seek(zinfo.header_offset)
            self._fileobj.write(zinfo.FileHeader())
            self._fileobj.seek(end)
            self._zipfile.start_dir = end
            self._zipfile.filelist.append(zinfo)
            self._zipfile.NameToInfo[zinfo.filename] = zinfo
        finally:
            self._zipfile._writing = False


class ZipFile:
    """A ZIP archive: ZipFile(file, mode='r', compression=ZIP_STORED, allowZip64=True,
    compresslevel=None, *, strict_timestamps=True, metadata_encoding=None)."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_method(compression)
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        self.start_dir = 0

        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            modes = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}
            try:
                self.fp = io.open(file, modes[mode])
            except OSError:
                if mode != 'a':
                    raise
                mode = 'w'
                self.fp = io.open(file, 'w+b')
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)

        try:
            if mode == 'r':
                self._read_directory()
            elif mode in ('w', 'x'):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.start_dir = 0
            else:
                try:
                    self._read_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    # Not an archive: the new one is appended to the file.
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        r = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                r.append(' file=%r' % self.fp)
            elif self.filename is not None:
                r.append(' filename=%r' % self.filename)
            r.append(' mode=%r' % self.mode)
        else:
            r.append(' [closed]')
        r.append('>')
        return ''.join(r)

    # ---- reading the directory ----

    def _read_directory(self):
        fp = self.fp
        try:
            end = _find_end(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if end is None:
            raise BadZipFile("File is not a zip file")
        count, size_cd, offset_cd, end_pos, comment = end
        if offset_cd == 0xFFFFFFFF or count == 0xFFFF:
            raise BadZipFile("ZIP64 archives are not supported")
        self._comment = comment
        # Data before the archive proper (a self-extracting stub) shifts every offset.
        concat = end_pos - size_cd - offset_cd
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir)
        data = fp.read(size_cd)
        pos = 0
        while pos < len(data):
            if data[pos:pos + 4] != _SIG_CENTRAL or len(data) - pos < _CENTRAL_SIZE:
                raise BadZipFile("Bad magic number for central directory")
            rec = data[pos:pos + _CENTRAL_SIZE]
            name_len = _le(rec, 28, 2)
            extra_len = _le(rec, 30, 2)
            comment_len = _le(rec, 32, 2)
            pos += _CENTRAL_SIZE
            raw_name = data[pos:pos + name_len]
            pos += name_len
            flags = _le(rec, 8, 2)
            if flags & _FLAG_UTF8:
                name = raw_name.decode('utf-8')
            elif self.metadata_encoding:
                name = raw_name.decode(self.metadata_encoding)
            else:
                name = _cp437(raw_name)
            x = ZipInfo(name)
            x.extra = data[pos:pos + extra_len]
            pos += extra_len
            x.comment = data[pos:pos + comment_len]
            pos += comment_len
            x.header_offset = _le(rec, 42, 4) + concat
            made_by = _le(rec, 4, 2)
            x.create_version = made_by & 0xFF
            x.create_system = made_by >> 8
            x.extract_version = _le(rec, 6, 2)
            x.reserved = 0
            x.flag_bits = flags
            x.compress_type = _le(rec, 10, 2)
            t = _le(rec, 12, 2)
            d = _le(rec, 14, 2)
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                           t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            x.CRC = _le(rec, 16, 4)
            x.compress_size = _le(rec, 20, 4)
            x.file_size = _le(rec, 24, 4)
            x.volume = _le(rec, 34, 2)
            x.internal_attr = _le(rec, 36, 2)
            x.external_attr = _le(rec, 38, 4)
            if x.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (x.extract_version / 10))
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x
        end_offset = self.start_dir
        for zinfo in sorted(self.filelist, key=lambda zi: zi.header_offset, reverse=True):
            zinfo._end_offset = end_offset
            end_offset = zinfo.header_offset

    # ---- queries ----

    def namelist(self):
        return [data.filename for data in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        for zinfo in self.filelist:
            try:
                with self.open(zinfo.filename, "r") as f:
                    while f.read(1 << 20):
                        pass
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(zinfo, force_zip64=force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there "
                             "is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        fp = self.fp
        fp.seek(zinfo.header_offset)
        header = fp.read(_LOCAL_SIZE)
        if len(header) != _LOCAL_SIZE:
            raise BadZipFile("Truncated file header")
        if header[:4] != _SIG_LOCAL:
            raise BadZipFile("Bad magic number for file header")
        name_len = _le(header, 26, 2)
        extra_len = _le(header, 28, 2)
        fname = fp.read(name_len)
        if extra_len:
            fp.read(extra_len)
        if zinfo.flag_bits & 0x20:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if zinfo.flag_bits & 0x40:
            raise NotImplementedError("strong encryption (flag bit 6)")
        if _le(header, 6, 2) & _FLAG_UTF8:
            fname_str = fname.decode("utf-8")
        elif self.metadata_encoding:
            fname_str = fname.decode(self.metadata_encoding)
        else:
            fname_str = _cp437(fname)
        if fname_str != zinfo.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.'
                             % (zinfo.orig_filename, fname))
        if zinfo.flag_bits & _FLAG_ENCRYPTED:
            if not pwd and not self.pwd:
                raise RuntimeError("File %r is encrypted, password required for extraction"
                                   % name)
            raise NotImplementedError("That compression method is not supported")
        if zinfo.compress_type not in (ZIP_STORED, ZIP_DEFLATED):
            if zinfo.compress_type in _METHOD_NAMES:
                _check_method(zinfo.compress_type)
            raise NotImplementedError("That compression method is not supported")
        return ZipExtFile(fp, mode, zinfo, pwd, False)

    def _open_to_write(self, zinfo, force_zip64=False):
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is "
                             "another write handle open on it. "
                             "Close the first handle before opening another.")
        self._check_writable()
        _check_method(zinfo.compress_type)
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0x00
        if zinfo.compress_type in (ZIP_DEFLATED,):
            zinfo.flag_bits |= 0
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        self._write_dup_warning(zinfo.filename)
        if self.start_dir is not None:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self._didModify = True
        self.fp.write(zinfo.FileHeader())
        self._writing = True
        return _ZipWriteFile(self, zinfo)

    # ---- writing ----

    def _check_writable(self):
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")

    def _write_dup_warning(self, name):
        if name in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % name, stacklevel=3)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Puts the file or directory `filename` into the archive as `arcname`."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname,
                                  strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self._check_writable()
            self._write_dup_warning(zinfo.filename)
            zinfo.flag_bits = 0
            self.fp.seek(self.start_dir)
            zinfo.header_offset = self.fp.tell()
            self.fp.write(zinfo.FileHeader())
            self.start_dir = self.fp.tell()
            self._didModify = True
            self.filelist.append(zinfo)
            self.NameToInfo[zinfo.filename] = zinfo
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as src, self._open_to_write(zinfo) as dest:
            while True:
                buf = src.read(1024 * 8)
                if not buf:
                    break
                dest.write(buf)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Puts `data` (str, encoded as UTF-8, or bytes) into the archive."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname,
                            date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1:] == '/':
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        zinfo.file_size = len(data)
        with self._open_to_write(zinfo) as dest:
            dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Creates a directory entry in the archive."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            zinfo = ZipInfo(name, time.localtime(time.time())[:6])
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        self.writestr(zinfo, b'')

    # ---- extracting ----

    def extract(self, member, path=None, pwd=None):
        """Extracts `member` under `path` (the current directory by default); returns the
        path written."""
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for zipinfo in members:
            self._extract_member(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        invalid = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep) if x not in invalid)
        targetpath = os.path.join(targetpath, arcname)
        targetpath = os.path.normpath(targetpath)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, open(targetpath, "wb") as target:
            while True:
                buf = source.read(1 << 16)
                if not buf:
                    break
                target.write(buf)
        return targetpath

    # ---- closing ----

    def close(self):
        """Writes the central directory (when the archive was changed) and closes it."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is "
                             "an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                self.fp.seek(self.start_dir)
                self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def _write_end_record(self):
        fp = self.fp
        start = fp.tell()
        for zinfo in self.filelist:
            fp.write(zinfo._central_record())
        end = fp.tell()
        count = len(self.filelist)
        size = end - start
        if count > ZIP_FILECOUNT_LIMIT or start > ZIP64_LIMIT:
            raise LargeZipFile("Files count is too large or the central directory "
                               "would require ZIP64 extensions")
        fp.write(b''.join([_SIG_END, _p16(0), _p16(0), _p16(count), _p16(count),
                           _p32(size), _p32(start), _p16(len(self._comment)),
                           self._comment]))
        if self.mode == "a":
            try:
                fp.truncate()
            except (AttributeError, OSError):
                pass
        fp.flush()
