# args, str and repr of exceptions
cases = [
    Exception(),
    Exception('one'),
    Exception('a', 'b'),
    Exception(42),
    ValueError(''),
    KeyError('k'),
    KeyError(),
    KeyError('a', 'b'),
    IndexError(3),
    TypeError(None),
]
for e in cases:
    print(repr(e), '|', str(e), '|', e.args)
e = Exception('x')
e.args = ('changed', 1)
print(e, repr(e))
e.args = 'abc'
print(e.args)
print(str(KeyError("quote's")), repr(KeyError("quote's")))
class MyErr(Exception):
    pass
print(repr(MyErr('m')), str(MyErr('m', 2)))
