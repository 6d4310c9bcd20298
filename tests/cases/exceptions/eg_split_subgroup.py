# split() and subgroup(): by type, tuple of types and predicate; structure and metadata
inner = ExceptionGroup('inner', [KeyError('k'), ValueError('v2')])
eg = ExceptionGroup('outer', [ValueError('v1'), inner, TypeError('t')])

match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.split((KeyError, TypeError))))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
m, r = eg.split(OSError)
print(m, repr(r), r is eg)
print(repr(eg.subgroup(KeyError)), eg.subgroup(OSError), eg.subgroup(BaseException) is eg)

visited = []
def pred(e):
    visited.append(type(e).__name__)
    return isinstance(e, ExceptionGroup) and e.message == 'inner'
print(repr(eg.split(pred)))
print(visited)
print(repr(eg.subgroup(lambda e: 'v' in str(e) and not isinstance(e, BaseExceptionGroup))))

for bad in (1, (ValueError, 1), int, [ValueError], str.isdigit, print):
    try:
        eg.split(bad)
    except TypeError as e:
        print(type(bad).__name__, e)
for call in (lambda: eg.split(), lambda: eg.subgroup(ValueError, TypeError),
             lambda: eg.split(ValueError, x=1)):
    try:
        call()
    except TypeError as e:
        print(e)

# the parts carry the original's traceback, cause, context and a copy of its notes
try:
    try:
        raise KeyError('context')
    except KeyError:
        raise eg from ZeroDivisionError('cause')
except ExceptionGroup as caught:
    caught.add_note('a note')
    m, r = caught.split(ValueError)
    print(m.__traceback__ is caught.__traceback__, r.__traceback__ is caught.__traceback__)
    print(repr(m.__cause__), repr(m.__context__), m.__suppress_context__)
    print(m.__notes__, m.__notes__ is caught.__notes__)
    print(m.exceptions[1].__traceback__, hasattr(m.exceptions[1], '__notes__'))

class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self
    def __init__(self, message, excs, tag):
        super().__init__(message, excs)
    def derive(self, excs):
        return Tagged(self.message, excs, self.tag + '*')

t = Tagged('tagged', [ValueError(1), TypeError(2)], 'T')
m, r = t.split(TypeError)
print(repr(m), m.tag, repr(r), r.tag)

class Broken(ExceptionGroup):
    def derive(self, excs):
        return ValueError('not a group')
try:
    Broken('b', [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print(e)
