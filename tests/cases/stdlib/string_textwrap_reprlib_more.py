import string, textwrap, types, reprlib, copy, warnings, keyword
f = string.Formatter()
print(f.format("{0:{1}.{2}f}|{name!s:^9}|{0!a}", 3.14159, 10, 2, name='é'))
print(f.format("{a[b][0]}{c.real:+}", a={'b': [7]}, c=-2))
try: f.format("{:{:{}}}", 1, 2, 3)
except ValueError as e: print(e)
try: f.format("{", 1)
except ValueError as e: print(e)
try: f.format("{0!}", 1)
except ValueError as e: print(e)
print(list(f.parse("}}{{")), list(f.parse("")), list(f.parse("x{}")))
print(string.Template('${x}y').substitute(x=1), string.Template('$$ $x $').safe_substitute(x=2))
class T(string.Template): delimiter = '#'
print(T('#a ##').substitute(a='A'))
print(textwrap.dedent("\n  a\n\n  b\n  "), '|', textwrap.indent("x\n\n y", ' * '))
print(textwrap.wrap("Ça va très bien — merci beaucoup, mon ami", 12), textwrap.wrap("\ttab\tstart", 10, tabsize=4))
ns = types.SimpleNamespace(x=1, y=[2])
ns2 = copy.deepcopy(ns); ns2.y.append(3); print(ns, ns2, ns == ns2, copy.copy(ns) == ns)
del ns.x; print(ns, vars(ns))
r = reprlib.Repr(); r.maxlist = 2; r.maxstring = 8
print(r.repr([1, 2, 3, 4]), r.repr('abcdefghijk'), reprlib.repr({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}), reprlib.repr(set('abcdefgh')))
class L(list):
    @reprlib.recursive_repr()
    def __repr__(self): return '<' + ', '.join(map(repr, self)) + '>'
l = L([1]); l.append(l); print(repr(l))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('a', UserWarning, stacklevel=1)
    warnings.warn_explicit('b', SyntaxWarning, 'f.py', 3, module='m', registry={})
    print([(str(x.message), x.category.__name__, x.lineno) for x in w][1:])
print(keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.issoftkeyword('_'), len(keyword.kwlist))
