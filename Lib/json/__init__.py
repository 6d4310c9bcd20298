"""JSON (JavaScript Object Notation) encoding and decoding, as CPython's ``json`` package.

``dumps``/``dump`` turn Python objects into JSON text and ``loads``/``load`` read it back;
``JSONEncoder`` and ``JSONDecoder`` (in ``json.encoder`` and ``json.decoder``) can be
subclassed or configured. The work is done by kaa's native ``_json`` module; calls with the
default settings go to it directly.
"""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

__author__ = 'Bob Ippolito <bob@redivi.com>'

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

from _json import _encode as _native_encode

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _all_default(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
                 separators, default, sort_keys, kw):
    return (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp`` (a ``.write()``-supporting
    file-like object); the options are those of ``dumps``."""
    if _all_default(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
                    separators, default, sort_keys, kw):
        chunks = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        chunks = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                     check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                     separators=separators, default=default, sort_keys=sort_keys,
                     **kw).iterencode(obj)
    for chunk in chunks:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``.

    ``skipkeys`` skips dict keys that are not str, int, float, bool or None instead of
    raising TypeError; ``ensure_ascii`` escapes non-ASCII characters; ``check_circular``
    detects reference cycles; ``allow_nan`` permits NaN and infinities; ``indent`` (an int
    or str) pretty-prints; ``separators`` is an ``(item_separator, key_separator)`` pair;
    ``default(obj)`` returns a serializable version of an object or raises TypeError;
    ``sort_keys`` sorts dictionaries by key; ``cls`` is a ``JSONEncoder`` subclass to use.
    """
    if _all_default(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
                    separators, default, sort_keys, kw):
        return _native_encode(obj, False, True, True, True, False, None, ': ', ', ', None)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def detect_encoding(b):
    """The encoding of the JSON bytes ``b``: a UTF-32, UTF-16 or UTF-8 byte order mark,
    else the pattern of zero bytes in the first four bytes, else 'utf-8'."""
    head = bytes(b[:4])
    if head.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if head.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if head.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            # 00 00 00 XX is UTF-32-BE, 00 XX ... is UTF-16-BE.
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            # XX 00 00 00 is UTF-32-LE, XX 00 XX XX is UTF-16-LE (XX 00 00 XX too).
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object holding a JSON
    document) to a Python object; the options are those of ``loads``."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a str, bytes or bytearray holding a JSON document) to a Python
    object.

    ``object_hook(dict)`` / ``object_pairs_hook(list of pairs)`` replace decoded objects;
    ``parse_float``, ``parse_int`` and ``parse_constant`` convert number strings and
    ``-Infinity``/``Infinity``/``NaN``; ``cls`` is a ``JSONDecoder`` subclass to use.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        # CPython decodes with 'surrogatepass'; kaa's strings cannot hold lone surrogates
        # (and its codecs have no such handler), so the decoding is strict.
        encoding = detect_encoding(s)
        if encoding == 'utf-8-sig':
            # The BOM is dropped here: kaa's codecs have no 'utf-8-sig' yet.
            s = bytes(s[3:]).decode('utf-8')
        else:
            s = s.decode(encoding)

    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
