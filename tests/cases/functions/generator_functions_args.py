# argument binding happens at call time even for generator functions
def gen(a, b=2, *, c):
    yield a + b + c
try:
    g = gen(1)
except TypeError as e:
    print('at call:', e)
g = gen(1, c=3)
print(next(g))
def lazy(x):
    print('body starts')
    yield x
g = lazy(5)
print('created')
print(next(g))
print(gen.__name__, type(gen(0, c=0)).__name__)
