"""JSON token scanner: ``make_scanner(context)`` builds the function that decodes one JSON
value at an index of a string (kaa's native ``_json.make_scanner``)."""

from _json import make_scanner as c_make_scanner

__all__ = ['make_scanner']

make_scanner = c_make_scanner
