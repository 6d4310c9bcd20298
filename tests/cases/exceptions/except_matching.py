# which handler runs
def classify(exc):
    try:
        raise exc
    except (ZeroDivisionError, OverflowError):
        return 'arithmetic-specific'
    except ArithmeticError:
        return 'arithmetic'
    except LookupError as e:
        return 'lookup ' + type(e).__name__
    except Exception:
        return 'generic'
for exc in [ZeroDivisionError, OverflowError, FloatingPointError, KeyError('k'), IndexError, ValueError]:
    print(classify(exc))
handlers = (KeyError, IndexError)
try:
    [][0]
except handlers as e:
    print('tuple variable:', type(e).__name__)
try:
    try:
        raise ValueError
    except 'not a class':
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise SystemExit(0)
except Exception:
    print('not here')
except BaseException as e:
    print('SystemExit is not an Exception:', type(e).__name__)
