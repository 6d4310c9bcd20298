# explicit chaining with from
try:
    try:
        int('x')
    except ValueError as exc:
        raise RuntimeError('conversion failed') from exc
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('k') from None
except KeyError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise ValueError('v') from TypeError('explicit')
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError from IndexError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError('x') from 5
except TypeError as e:
    print(type(e).__name__, e)
e = Exception('manual')
e.__cause__ = KeyError('c')
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 'not an exception'
except TypeError as err:
    print(err)
e.__suppress_context__ = False
print(e.__suppress_context__)
