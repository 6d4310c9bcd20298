# the as-target is deleted at the end of the handler
e = 'preexisting'
try:
    raise ValueError('x')
except ValueError as e:
    print('inside', e)
print('e' in globals())
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        return err
    except UnboundLocalError as ex:
        return type(ex).__name__
print(f())
def keep():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return type(saved).__name__, str(saved)
print(keep())
import sys
try:
    raise KeyError('k')
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
print(sys.exc_info())
print(sys.exception() if hasattr(sys, 'exception') else None)
