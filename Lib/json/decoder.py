"""The JSON decoder: ``JSONDecoder`` and ``JSONDecodeError``, as CPython's ``json.decoder``.

Scanning is done by kaa's native ``_json`` (``scanstring``, ``make_scanner``)."""

from json import scanner
from _json import scanstring, _decode_document

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_WS = ' \t\n\r'


class JSONDecodeError(ValueError):
    """A ValueError for a malformed JSON document, with the bare message ``msg``, the
    document ``doc``, the failing index ``pos`` and its ``lineno`` and ``colno``."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class JSONDecoder(object):
    """Decodes JSON text: objects become dicts, arrays lists, strings str, numbers int or
    float, true/false/null True/False/None; ``NaN``, ``Infinity`` and ``-Infinity`` (not
    standard JSON) are accepted as floats."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        """``object_hook`` is called with every decoded object (a dict) and its result
        replaces it; ``object_pairs_hook`` is called instead with the ordered list of
        pairs and takes priority. ``parse_float``, ``parse_int`` and ``parse_constant``
        are called with the text of floats, ints and ``-Infinity``/``Infinity``/``NaN``.
        With ``strict`` false, control characters are allowed inside strings.
        """
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """The Python object for the JSON document ``s`` (a str); only whitespace may
        surround the value."""
        if (_w is None and type(self).raw_decode is JSONDecoder.raw_decode
                and type(self.scan_once) is scanner.make_scanner and type(s) is str):
            return _decode_document(self.scan_once, s)
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value starting at index ``idx`` of ``s``; return it with the
        index just after it (anything may follow)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
