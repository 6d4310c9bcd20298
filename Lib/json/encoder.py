"""The JSON encoder: ``JSONEncoder``, as CPython's ``json.encoder``.

``encode`` runs kaa's native encoder (``_json._encode``); ``iterencode`` yields the text in
the same pieces as CPython's pure-Python encoder does (for ``dump``, which writes each)."""

from _json import encode_basestring_ascii, encode_basestring, _encode

c_encode_basestring_ascii = encode_basestring_ascii
c_encode_basestring = encode_basestring
c_make_encoder = None
py_encode_basestring_ascii = encode_basestring_ascii
py_encode_basestring = encode_basestring

INFINITY = float('inf')


class JSONEncoder(object):
    """Encodes Python objects as JSON: dict as object, list and tuple as array, str as
    string, int and float (and their enum-like subclasses) as numbers, True/False/None as
    true/false/null. Subclasses override ``default(o)`` to handle other objects."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        """``skipkeys``: drop dict keys that are not str, int, float, bool or None (else
        TypeError). ``ensure_ascii``: escape every non-ASCII character. ``check_circular``:
        raise ValueError on reference cycles. ``allow_nan``: write NaN and infinities (else
        ValueError). ``sort_keys``: sort dicts by key. ``indent``: pretty-print with this
        many spaces (or this string) per level. ``separators``: the ``(item, key)``
        separators, by default ``(', ', ': ')``, or ``(',', ': ')`` with an indent.
        ``default``: a function returning a serializable version of an unknown object.
        """
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for ``o``, or raise TypeError (this one always
        raises). Override it in a subclass to support more types."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def _indent_text(self):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return indent

    def encode(self, o):
        """Return the JSON text of ``o`` as a str."""
        return _encode(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                       self.allow_nan, self.sort_keys, self._indent_text(),
                       self.key_separator, self.item_separator, self.default)

    def iterencode(self, o, _one_shot=False):
        """Yield the JSON text of ``o`` in pieces."""
        indent = self._indent_text()
        if _one_shot and indent is None:
            return [self.encode(o)]
        return _iter_pieces(o, self, indent)


def _float_text(f, allow_nan):
    if f != f:
        text = 'NaN'
    elif f == INFINITY:
        text = 'Infinity'
    elif f == -INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(f)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant: ' + repr(f))
    return text


def _iter_pieces(root, enc, indent):
    """The JSON text of ``root`` in pieces: containers open and close in their own pieces,
    a scalar is joined to the separator before it."""
    quote = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
    allow_nan = enc.allow_nan
    item_sep = enc.item_separator
    key_sep = enc.key_separator
    skipkeys = enc.skipkeys
    sort_keys = enc.sort_keys
    default = enc.default
    seen = {} if enc.check_circular else None

    def scalar(v):
        # The text of a str/None/bool/int/float, or None for anything else.
        if isinstance(v, str):
            return quote(v)
        if v is None:
            return 'null'
        if v is True:
            return 'true'
        if v is False:
            return 'false'
        if isinstance(v, int):
            return int.__repr__(v)
        if isinstance(v, float):
            return _float_text(v, allow_nan)
        return None

    def mark(o):
        if seen is not None:
            key = id(o)
            if key in seen:
                raise ValueError('Circular reference detected')
            seen[key] = o

    def unmark(o):
        if seen is not None:
            del seen[id(o)]

    def pieces(o, level):
        text = scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from array(o, level)
        elif isinstance(o, dict):
            yield from obj(o, level)
        else:
            mark(o)
            yield from pieces(default(o), level)
            unmark(o)

    def array(lst, level):
        if not lst:
            yield '[]'
            return
        mark(lst)
        if indent is None:
            head = '['
            sep = item_sep
            tail = None
        else:
            level += 1
            nl = '\n' + indent * level
            head = '[' + nl
            sep = item_sep + nl
            tail = '\n' + indent * (level - 1)
        prefix = head
        for v in lst:
            text = scalar(v)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                if isinstance(v, (list, tuple)):
                    yield from array(v, level)
                elif isinstance(v, dict):
                    yield from obj(v, level)
                else:
                    yield from pieces(v, level)
            prefix = sep
        if tail is not None:
            yield tail
        yield ']'
        unmark(lst)

    def key_text(k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return _float_text(k, allow_nan)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k)
        if skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {k.__class__.__name__}')

    def obj(dct, level):
        if not dct:
            yield '{}'
            return
        mark(dct)
        yield '{'
        if indent is None:
            sep = item_sep
            tail = None
        else:
            level += 1
            nl = '\n' + indent * level
            sep = item_sep + nl
            tail = '\n' + indent * (level - 1)
            yield nl
        items = sorted(dct.items()) if sort_keys else dct.items()
        first = True
        for k, v in items:
            k = key_text(k)
            if k is None:
                continue
            if first:
                first = False
            else:
                yield sep
            yield quote(k)
            yield key_sep
            text = scalar(v)
            if text is not None:
                yield text
            elif isinstance(v, (list, tuple)):
                yield from array(v, level)
            elif isinstance(v, dict):
                yield from obj(v, level)
            else:
                yield from pieces(v, level)
        if tail is not None:
            yield tail
        yield '}'
        unmark(dct)

    return pieces(root, 0)
