# throw() raises inside the generator at the paused yield
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught inside:', e)
        yield 'recovered'
    yield 'after'
gen = g()
print(next(gen))
print(gen.throw(ValueError('boom')))
print(next(gen))
gen2 = g()
try:
    gen2.throw(KeyError('before start'))
except KeyError as e:
    print('unstarted generator raises:', repr(e))
print(next(gen2, 'closed'))
def h():
    yield 1
gen3 = h()
next(gen3)
try:
    gen3.throw(TypeError, 'legacy signature')
except TypeError as e:
    print(repr(e))
def i():
    try:
        yield
    finally:
        print('cleanup on throw')
gen4 = i()
next(gen4)
try:
    gen4.throw(IndexError)
except IndexError:
    print('propagated')
