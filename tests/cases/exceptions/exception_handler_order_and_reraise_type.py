# the first matching handler wins, even if a later one is more specific
def f(exc):
    try:
        raise exc
    except LookupError:
        return 'LookupError handler'
    except KeyError:
        return 'KeyError handler (unreachable)'
print(f(KeyError()), f(IndexError()))
def g():
    try:
        raise KeyError('k')
    except KeyError as e:
        raise TypeError('changed type') from e
try:
    g()
except TypeError as e:
    print(type(e).__name__, type(e.__cause__).__name__)
def h():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return 'handled'
    finally:
        print('h finally')
print(h())
