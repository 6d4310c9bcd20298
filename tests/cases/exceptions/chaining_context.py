# implicit chaining sets __context__
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError('first')
    finally:
        raise RuntimeError('in finally')
except RuntimeError as e:
    print(repr(e.__context__))
def nested():
    try:
        raise TypeError('t')
    except TypeError:
        try:
            raise IndexError('i')
        except IndexError:
            raise NameError('n')
try:
    nested()
except NameError as e:
    chain = []
    while e is not None:
        chain.append(type(e).__name__)
        e = e.__context__
    print(' <- '.join(chain))
try:
    try:
        raise ValueError('same')
    except ValueError as inner:
        raise inner
except ValueError as e:
    print('reraise keeps context:', e.__context__)
