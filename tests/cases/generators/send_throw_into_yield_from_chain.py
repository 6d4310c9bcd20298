# send/throw/close pass through a chain of yield from
def leaf():
    try:
        while True:
            got = yield
            print('leaf got', got)
    except KeyError as e:
        print('leaf handled', repr(e))
        yield 'leaf recovered'
    finally:
        print('leaf finally')
def middle():
    result = yield from leaf()
    print('middle result', result)
def top():
    yield from middle()
t = top()
next(t)
t.send('x')
t.send('y')
print(t.throw(KeyError('k')))
t.close()
print('closed chain')
