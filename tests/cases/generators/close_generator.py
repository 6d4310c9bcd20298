# close() raises GeneratorExit at the paused yield
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
    finally:
        print('finally')
gen = g()
next(gen)
gen.close()
print(gen.close(), next(gen, 'done'))
def ignore():
    try:
        yield 1
    except GeneratorExit:
        yield 'ignored'
gen = ignore()
next(gen)
try:
    gen.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def fresh():
    print('never started')
    yield
f = fresh()
f.close()
print(next(f, 'closed before start'))
def returns_in_finally():
    try:
        yield 1
    finally:
        return 'x'
gen = returns_in_finally()
next(gen)
print(gen.close())
