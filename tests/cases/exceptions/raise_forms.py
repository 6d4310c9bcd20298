# raising classes, instances and invalid things
for thing in [ValueError, ValueError('inst'), KeyError, StopIteration]:
    try:
        raise thing
    except BaseException as e:
        print(type(e).__name__, repr(e))
for bad in [1, 'string', None, object]:
    try:
        raise bad
    except TypeError as e:
        print(e)
class BadInit(Exception):
    def __init__(self):
        raise RuntimeError('init failed')
try:
    raise BadInit
except RuntimeError as e:
    print(type(e).__name__, e)
class Returning(Exception):
    def __new__(cls, *args):
        return 5
try:
    raise Returning
except TypeError as e:
    print(e)
