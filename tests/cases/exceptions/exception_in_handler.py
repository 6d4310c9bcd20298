# errors raised inside except and else blocks
def f():
    try:
        raise ValueError('first')
    except ValueError:
        undefined_name_in_handler
try:
    f()
except NameError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        pass
    except Exception:
        pass
    else:
        raise KeyError('from else')
try:
    g()
except KeyError as e:
    print(repr(e), e.__context__)
def h():
    try:
        raise TypeError('t')
    except TypeError as e:
        raise e from e
try:
    h()
except TypeError as e:
    print(e.__cause__ is e, e.__context__)
def self_context():
    err = ValueError('loop')
    try:
        raise err
    except ValueError:
        try:
            raise err
        except ValueError as again:
            return again.__context__
print(self_context())
