# finally runs on every path
def f(kind):
    log = []
    try:
        try:
            if kind == 'raise':
                raise ValueError('x')
            if kind == 'return':
                return 'returned'
            log.append('normal')
        finally:
            log.append('finally')
    except ValueError:
        log.append('caught')
    return log
print(f('normal'), f('raise'), f('return'))
def swallow():
    try:
        raise KeyError('lost')
    finally:
        return 'finally return swallows exception'
print(swallow())
def replace():
    try:
        raise KeyError('original')
    finally:
        raise ValueError('replacement')
try:
    replace()
except ValueError as e:
    print(repr(e), repr(e.__context__))
def value_at_return():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('x changed to', x)
print(value_at_return())
def nested_finally():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested_finally())
