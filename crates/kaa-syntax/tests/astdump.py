"""Dumps CPython's AST of each snippet in the compact format of kaa-syntax's src/dump.rs.

Input: a file of snippets separated by lines consisting of `#----`. Output: one line per
snippet: the dump, or `ERR <type> <msg> <lineno> <offset>` if it does not compile.
"""
import ast
import struct
import sys

SKIP = {'type_ignores', 'kind', 'type_comment'}


def esc(s):
    out = ['"']
    for c in s:
        if ' ' <= c <= '~' and c not in '\\"':
            out.append(c)
        else:
            out.append('\\u{%x}' % ord(c))
    out.append('"')
    return ''.join(out)


def const(v):
    if v is None:
        return 'None'
    if v is True:
        return 'True'
    if v is False:
        return 'False'
    if v is Ellipsis:
        return '...'
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return 'f:%016x' % struct.unpack('<Q', struct.pack('<d', v))[0]
    if isinstance(v, complex):
        return 'j:%016x' % struct.unpack('<Q', struct.pack('<d', v.imag))[0]
    if isinstance(v, str):
        return esc(v)
    if isinstance(v, bytes):
        return 'b:' + v.hex()
    raise TypeError(v)


def d(n):
    if isinstance(n, ast.AST):
        parts = []
        for f in n._fields:
            if f in SKIP:
                continue
            v = getattr(n, f)
            if isinstance(n, (ast.Constant, ast.MatchSingleton)) and f == 'value':
                parts.append(f + '=' + const(v))
            else:
                parts.append(f + '=' + d(v))
        s = type(n).__name__ + '(' + ','.join(parts) + ')'
        if 'lineno' in n._attributes and getattr(n, 'lineno', None) is not None:
            s += '@%d:%d-%d:%d' % (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
        return s
    if isinstance(n, list):
        return '[' + ','.join(d(x) for x in n) + ']'
    if isinstance(n, str):
        return esc(n)
    if n is None:
        return 'None'
    if isinstance(n, int):
        return str(int(n))
    raise TypeError(n)


def main():
    mode = sys.argv[2] if len(sys.argv) > 2 else 'exec'
    with open(sys.argv[1], encoding='utf-8') as f:
        text = f.read()
    for snippet in text.split('\n#----\n'):
        try:
            tree = compile(snippet, '<s>', mode, ast.PyCF_ONLY_AST)
            print(d(tree))
        except SyntaxError as e:
            print('ERR', type(e).__name__, repr(e.msg), e.lineno, e.offset)


main()
