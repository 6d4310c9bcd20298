# an uncaught group with nested groups, chained members, notes and member tracebacks
def fail(exc):
    raise exc

def caught(exc):
    try:
        fail(exc)
    except BaseException as e:
        return e

def build():
    try:
        raise KeyError('while handling')
    except KeyError:
        inner = ExceptionGroup('inner', [caught(ValueError('deep')), TypeError('no traceback')])
        inner.add_note('inner note\nwith two lines')
    first = caught(OSError('first'))
    first.__cause__ = ZeroDivisionError('root cause')
    outer = ExceptionGroup('outer', [first, inner, caught(RuntimeError('last'))])
    outer.add_note('outer note')
    return outer

print('about to raise')
raise build()
