# errors raised lazily vs eagerly in generator expressions
def boom():
    raise RuntimeError('first iterable evaluated eagerly')
try:
    g = (x for x in boom())
except RuntimeError as e:
    print('eager:', e)
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print('lazy:', e)
print(next(g, 'generator finished after error'))
g = (x for x in range(3) for y in boom())
try:
    next(g)
except RuntimeError as e:
    print('inner iterable is lazy:', e)
