# StopIteration inside generators becomes RuntimeError
def gen():
    yield 1
    raise StopIteration('inner')
g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
def gen2():
    yield 1
    return 'done'
g = gen2()
next(g)
try:
    next(g)
except StopIteration as e:
    print('return value', e.value)
def gen3():
    next(iter([]))
    yield 'never'
try:
    list(gen3())
except RuntimeError as e:
    print(e)
print(list(x for x in [1, 2]))
it = iter([1])
print(next(it), next(it, 'default'))
