# yield from delegates values, send and return
def inner():
    x = yield 'inner-1'
    print('inner got', x)
    yield 'inner-2'
    return 'inner-result'
def outer():
    result = yield from inner()
    print('outer got result', result)
    yield 'outer-done'
g = outer()
print(next(g))
print(g.send('sent'))
print(next(g))
print(next(g, 'end'))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, 4]], [], 5])))
def from_iterables():
    yield from 'ab'
    yield from range(2)
    yield from {'k': 1}
print(list(from_iterables()))
def delegate_throw():
    try:
        yield from inner()
    except ValueError as e:
        yield f'outer caught {e}'
d = delegate_throw()
next(d)
print(d.throw(ValueError('thrown')))
