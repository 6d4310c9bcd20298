# return/exception interplay in try/except/else/finally
def a():
    try:
        return 'try'
    except Exception:
        return 'except'
    else:
        return 'else'
    finally:
        print('a finally')
print(a())
def b():
    try:
        pass
    except Exception:
        return 'except'
    else:
        return 'else'
    finally:
        print('b finally')
print(b())
def c():
    try:
        raise ValueError
    except ValueError:
        return 'except'
    finally:
        print('c finally')
print(c())
def d():
    for i in range(3):
        try:
            if i < 2:
                continue
            return i
        finally:
            print('d finally', i)
print(d())
def e():
    try:
        raise ValueError('v')
    except ValueError:
        raise KeyError('k')
    finally:
        return 'finally swallows KeyError'
print(e())
