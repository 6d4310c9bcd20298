# assignment anywhere in a function makes the name local
x = 'global'
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 'local'
f()
def g():
    if False:
        x = 1
    return x
try:
    g()
except NameError as e:
    print(type(e).__name__, isinstance(e, UnboundLocalError), e)
def h():
    for x in []:
        pass
    return x
try:
    h()
except UnboundLocalError as e:
    print(e)
def k():
    print(undefined_name_xyz)
try:
    k()
except NameError as e:
    print(type(e).__name__, e)
def aug():
    x += 1
try:
    aug()
except UnboundLocalError as e:
    print(e)
def closure_unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
closure_unbound()
