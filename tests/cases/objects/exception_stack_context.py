# the handled exception is visible to native code and nested frames
import sys
def show():
    e = sys.exc_info()[1]
    return type(e).__name__ if e else None
try:
    raise KeyError('k')
except KeyError:
    print(show(), sorted([3, 1, 2], key=lambda x: (show(), x))[0])
    try:
        [1][5]
    except IndexError as e:
        print(type(e.__context__).__name__)
print(show())
def gen():
    try:
        raise ValueError('in gen')
    except ValueError:
        yield show()
    yield show()
g = gen()
print(next(g), show())
print(next(g))
