# exceptions thrown in while a generator's finally is running
def gen():
    try:
        yield 1
    finally:
        print('gen finally')
def use():
    g = gen()
    next(g)
    raise ValueError('consumer failed')
try:
    use()
except ValueError as e:
    print('caught', e)
def gen2():
    try:
        yield 1
    finally:
        raise KeyError('from finally')
g = gen2()
next(g)
try:
    g.close()
except KeyError as e:
    print('close raised', repr(e))
def gen3():
    try:
        yield
    except ValueError:
        raise TypeError('converted')
g = gen3()
next(g)
try:
    g.throw(ValueError('v'))
except TypeError as e:
    print(repr(e), repr(e.__context__))
