# generator functions produce values lazily
def count(n):
    print('start')
    for i in range(n):
        print('yielding', i)
        yield i
    print('end')
g = count(2)
print('created')
for v in g:
    print('got', v)
print(list(count(0)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def two():
    yield 1
    yield 2
g = two()
print(next(g), next(g), next(g, 'exhausted'))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(iter(g) is g, type(g).__name__)
