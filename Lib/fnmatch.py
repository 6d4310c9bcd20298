"""Shell-style wildcard matching of file names: '*', '?', '[seq]' and '[!seq]'.

Patterns are compiled (and cached) into a list of tokens and matched by a hand-written
matcher; kaa has no `re` module yet, so `translate` is not provided."""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase"]


def fnmatch(name, pat):
    """True when name matches the pattern (after os.path.normcase)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


_cache = {}


def _compile(pat):
    key = (type(pat), pat)
    tokens = _cache.get(key)
    if tokens is not None:
        return tokens
    if isinstance(pat, bytes):
        text = str(pat, 'ISO-8859-1')
    else:
        text = pat
    tokens = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] != ('*',):
                tokens.append(('*',))
        elif c == '?':
            tokens.append(('?',))
        elif c == '[':
            j = i
            if j < n and text[j] == '!':
                j += 1
            if j < n and text[j] == ']':
                j += 1
            while j < n and text[j] != ']':
                j += 1
            if j >= n:
                tokens.append(('c', '['))
                continue
            body = text[i:j]
            i = j + 1
            negate = body.startswith('!')
            if negate:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    ranges.append((body[k], body[k]))
                    k += 1
            tokens.append(('[', negate, tuple(ranges)))
        else:
            tokens.append(('c', c))
    if len(_cache) >= 32768:
        _cache.clear()
    _cache[key] = tokens
    return tokens


def _match_one(tok, ch):
    kind = tok[0]
    if kind == 'c':
        return tok[1] == ch
    if kind == '?':
        return True
    inside = False
    for lo, hi in tok[2]:
        if lo <= ch <= hi:
            inside = True
            break
    return inside != tok[1]


def fnmatchcase(name, pat):
    """True when name matches the pattern, comparing case exactly."""
    tokens = _compile(pat)
    if isinstance(name, bytes):
        if not isinstance(pat, bytes):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        name = str(name, 'ISO-8859-1')
    elif isinstance(pat, bytes):
        raise TypeError('cannot use a bytes pattern on a string-like object')
    # Greedy matching with backtracking to the last star (linear in practice).
    ti = ni = 0
    star_t = star_n = -1
    nt, nn = len(tokens), len(name)
    while ni < nn:
        if ti < nt and tokens[ti][0] != '*' and _match_one(tokens[ti], name[ni]):
            ti += 1
            ni += 1
        elif ti < nt and tokens[ti][0] == '*':
            star_t = ti
            star_n = ni
            ti += 1
        elif star_t >= 0:
            ti = star_t + 1
            star_n += 1
            ni = star_n
        else:
            return False
    while ti < nt and tokens[ti][0] == '*':
        ti += 1
    return ti == nt


def filter(names, pat):
    """The names in the iterable that match the pattern."""
    result = []
    pat = os.path.normcase(pat)
    if os.path is posixpath:
        for name in names:
            if fnmatchcase(name, pat):
                result.append(name)
    else:
        for name in names:
            if fnmatchcase(os.path.normcase(name), pat):
                result.append(name)
    return result
