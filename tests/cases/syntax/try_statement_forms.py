# try/except/else/finally forms
def run(exc):
    try:
        if exc:
            raise exc
        print(' no exception')
    except (KeyError, IndexError) as e:
        print(' lookup', type(e).__name__)
    except ValueError:
        print(' value')
    except Exception as e:
        print(' other', type(e).__name__)
    else:
        print(' else branch')
    finally:
        print(' finally')
for exc in (None, KeyError, IndexError('i'), ValueError, TypeError):
    print('run', exc if exc is None or isinstance(exc, type) and False else getattr(exc, '__name__', type(exc).__name__))
    run(exc)
try:
    pass
finally:
    print('bare finally')
try:
    raise RuntimeError('x')
except:
    print('bare except')
e = 'before'
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
