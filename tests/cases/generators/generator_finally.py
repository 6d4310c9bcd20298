# finally blocks in abandoned generators run when they are closed or collected
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print('finally', tag)
for v in g('loop-break'):
    break
print('after break')
gen = g('explicit-close')
next(gen)
gen.close()
def consume():
    gen = g('local')
    next(gen)
    return 'returned'
print(consume())
gen = g('deleted')
next(gen)
del gen
print('end')
