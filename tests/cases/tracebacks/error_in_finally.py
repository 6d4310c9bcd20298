# an exception raised in finally replaces the original one
def f():
    try:
        raise ValueError('original')
    finally:
        print('in finally')
        raise TypeError('raised in finally')
f()
