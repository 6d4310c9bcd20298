# assert evaluates its message lazily and raises AssertionError with it
def checked(x):
    assert isinstance(x, int), f'expected int, got {type(x).__name__}'
    assert x >= 0, x
    return x
for v in [3, 'a', -2]:
    try:
        print(checked(v))
    except AssertionError as e:
        print('AssertionError', e.args)
try:
    assert (1, 'tuple is truthy')
    print('tuple assert passed')
except AssertionError:
    print('no')
class Falsy:
    def __bool__(self):
        print('__bool__ called')
        return False
try:
    assert Falsy(), 'falsy object'
except AssertionError as e:
    print(e)
