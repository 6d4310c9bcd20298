# bare raise re-raises the exception being handled
def handler():
    try:
        raise ValueError('original')
    except ValueError:
        print('handling')
        raise
try:
    handler()
except ValueError as e:
    print('re-raised', e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def outer():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise IndexError('inner')
        except IndexError:
            pass
        raise
try:
    outer()
except KeyError as e:
    print('restored', repr(e))
def in_func_called_from_handler():
    raise
try:
    try:
        raise TypeError('t')
    except TypeError:
        in_func_called_from_handler()
except TypeError as e:
    print('bare raise in callee:', e)
