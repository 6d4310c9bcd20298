# yield used as an expression in various places
def g():
    x = yield
    print('x =', x)
    y = (yield x) + 1
    print('y =', y)
    lst = [(yield 'in-list'), (yield 'second')]
    print('lst =', lst)
    print('arg', (yield 'as-arg'))
gen = g()
print(next(gen))
print(gen.send('first'))
print(gen.send(10))
print(gen.send('a'))
print(gen.send('b'))
try:
    gen.send('end')
except StopIteration:
    print('stopped')
def lambda_gen():
    f = lambda: (yield 1)
    return list(f())
print(lambda_gen())
def yields_none():
    yield
    yield None
print(list(yields_none()))
