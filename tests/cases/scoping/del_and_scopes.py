# deleting names from different scopes
x = 1
def f():
    global x
    del x
f()
print('x' in globals())
def g():
    y = 1
    def inner():
        nonlocal y
        del y
    inner()
    try:
        return y
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(g())
class C:
    a = 1
    del a
print(hasattr(C, 'a'))
def h():
    v = 1
    del v
    v = 2
    return v
print(h())
try:
    del never_defined
except NameError as e:
    print(e)
