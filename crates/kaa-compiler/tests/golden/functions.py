def add(a, b=2, *args, c, **kw):
    return a + b

def closure():
    x = 1
    def inner():
        return x
    return inner
