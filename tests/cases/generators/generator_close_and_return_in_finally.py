# interplay of yield inside try/finally with close() and exhaustion
def g():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('finally runs')
    yield 'after finally'
it = g()
print(next(it), next(it), next(it))
print(next(it, 'exhausted'))
def h():
    for i in range(3):
        try:
            yield i
        finally:
            print('cleanup', i)
gen = h()
print(next(gen), next(gen))
gen.close()
print('closed')
def k():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit', type(GeneratorExit()).__mro__[1].__name__)
        return
gen = k()
next(gen)
print(gen.close())
