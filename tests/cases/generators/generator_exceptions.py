# exceptions propagate out of generators and end them
def g():
    yield 1
    raise ValueError('in generator')
    yield 2
gen = g()
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print('caught', e)
print(next(gen, 'generator is finished'))
def h():
    try:
        yield 'try'
        1 / 0
    except ZeroDivisionError:
        yield 'handled'
    yield 'continues'
print(list(h()))
def running():
    yield gen_ref.gi_running
gen_ref = running()
print(next(gen_ref))
def raise_stop():
    yield 1
    next(iter(()))
try:
    list(raise_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
