"""Common string constants (ascii_letters, digits, punctuation...), capwords(), the
Template class for $-substitutions and the Formatter class implementing str.format's
machinery in overridable pieces -- kaa's version of the standard `string` module."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using capitalize,
    and join the capitalized words using join. With sep None, runs of whitespace become
    single spaces and leading/trailing whitespace is dropped."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# ---- Template ----------------------------------------------------------------------------

_sentinel_dict = {}
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_IDENT_START = frozenset('_' + ascii_letters)
_IDENT_CHARS = frozenset('_' + ascii_letters + digits)


class Template:
    """A string class for supporting $-substitutions: $name and ${name} are replaced,
    $$ is an escaped $."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        elif (cls.idpattern == _DEFAULT_IDPATTERN and cls.braceidpattern is None
              and cls.flags is None):
            # The default syntax, with possibly another delimiter: no regex needed.
            return
        else:
            import re
            delim = re.escape(cls.delimiter)
            id = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |   # Escape sequence of two delimiters
              (?P<named>{id})       |   # delimiter and a Python identifier
              {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """
        import re
        flags = cls.flags if cls.flags is not None else re.IGNORECASE
        cls.pattern = re.compile(pattern, flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    # Scanning: yields (start, end, kind, name) for every delimiter occurrence, where kind
    # is 'escaped', 'named', 'braced' or 'invalid'.
    def _scan(self):
        pattern = getattr(type(self), 'pattern', None)
        if pattern is not None:
            for mo in pattern.finditer(self.template):
                g = mo.groupdict()
                for kind in ('escaped', 'named', 'braced', 'invalid'):
                    if g.get(kind) is not None:
                        yield mo.start(), mo.end(), kind, g[kind], mo
                        break
                else:
                    raise ValueError('Unrecognized named group in pattern', pattern)
            return
        s = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(s)
        i = s.find(delim)
        while i >= 0:
            j = i + dlen
            if s.startswith(delim, j):
                yield i, j + dlen, 'escaped', delim, None
                i = s.find(delim, j + dlen)
                continue
            if j < n and s[j] in _IDENT_START:
                k = j + 1
                while k < n and s[k] in _IDENT_CHARS:
                    k += 1
                yield i, k, 'named', s[j:k], None
                i = s.find(delim, k)
                continue
            if j < n and s[j] == '{':
                k = j + 1
                if k < n and s[k] in _IDENT_START:
                    m = k + 1
                    while m < n and s[m] in _IDENT_CHARS:
                        m += 1
                    if m < n and s[m] == '}':
                        yield i, m + 1, 'braced', s[k:m], None
                        i = s.find(delim, m + 1)
                        continue
            yield i, j, 'invalid', j, None
            i = s.find(delim, j)

    def _invalid(self, start):
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        parts = []
        pos = 0
        for start, end, kind, name, mo in self._scan():
            parts.append(self.template[pos:start])
            pos = end
            if kind in ('named', 'braced'):
                parts.append(str(mapping[name]))
            elif kind == 'escaped':
                parts.append(self.delimiter)
            else:
                self._invalid(mo.start('invalid') if mo is not None else name)
        parts.append(self.template[pos:])
        return ''.join(parts)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        parts = []
        pos = 0
        for start, end, kind, name, mo in self._scan():
            parts.append(self.template[pos:start])
            pos = end
            if kind in ('named', 'braced'):
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(self.template[start:end])
            elif kind == 'escaped':
                parts.append(self.delimiter)
            else:
                parts.append(self.template[start:end])
        parts.append(self.template[pos:])
        return ''.join(parts)

    def is_valid(self):
        for start, end, kind, name, mo in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name, mo in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


# ---- Formatter ---------------------------------------------------------------------------

def _parse_format(format_string):
    """Split a str.format template into (literal_text, field_name, format_spec,
    conversion) tuples, with _string.formatter_parser's rules and error messages."""
    s = format_string
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c not in '{}':
            literal.append(c)
            i += 1
            continue
        i += 1
        if c == '}':
            if i < n and s[i] == '}':
                # An escaped brace ends a literal chunk (including one brace).
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 1
                continue
            raise ValueError("Single '}' encountered in format string")
        if i >= n:
            raise ValueError("Single '{' encountered in format string")
        if s[i] == '{':
            literal.append('{')
            yield ''.join(literal), None, None, None
            literal = []
            i += 1
            continue
        field, i = _parse_field(s, i)
        yield (''.join(literal),) + field
        literal = []
    if literal:
        yield ''.join(literal), None, None, None


def _parse_field(s, i):
    """Parse a replacement field starting after its '{': (name, spec, conversion) and the
    index after the closing '}'."""
    n = len(s)
    start = i
    c = None
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if c in '}:!':
            break
    else:
        raise ValueError("expected '}' before end of string")
    name = s[start:i - 1]
    conversion = None
    if c == '}':
        return (name, '', None), i
    if c == '!':
        if i >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[i]
        i += 1
        if i < n:
            c = s[i]
            i += 1
            if c == '}':
                return (name, '', conversion), i
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    # The format spec, which may hold nested replacement fields.
    spec_start = i
    depth = 1
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return (name, s[spec_start:i - 1], conversion), i
    raise ValueError("unmatched '{' in format spec")


def _field_name_split(field_name):
    """Split 'a.b[0]' into ('a', [(True, 'b'), (False, 0)])."""
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        c = field_name[i]
        if c == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            attr = field_name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif c == '[':
            j = field_name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and field_name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """The machinery of str.format, split into methods that subclasses can override
    (parse, get_field, get_value, convert_field, format_field, check_unused_args)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        # (CPython words this case the same way as the one above.)
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """An iterable of (literal_text, field_name, format_spec, conversion) tuples;
        literal_text may be empty, and the other three are None after the last field."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Resolve a field name ('0', 'name', 'obj.attr', 'seq[1]') to (object,
        used_key)."""
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
