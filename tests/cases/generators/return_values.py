# return in a generator sets StopIteration.value
def g():
    yield 1
    return 'result'
it = g()
print(list(it))
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def no_return():
    yield
it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def returns_tuple():
    return (1, 2)
    yield
try:
    next(returns_tuple())
except StopIteration as e:
    print(e.value, e.args)
def wrapper():
    r = yield from returns_tuple()
    return r
try:
    next(wrapper())
except StopIteration as e:
    print('through yield from:', e.value)
