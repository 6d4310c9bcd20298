# an exception without arguments prints just its name
def f():
    raise NotImplementedError
f()
