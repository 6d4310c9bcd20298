# user-defined exception classes
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f'[{code}] {msg}')
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound(404, 'missing page')
except AppError as e:
    print(type(e).__name__, e, e.code, e.args)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuper(5)
print(repr(e), str(e), e.args)
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
print(str(WithStr('ignored')), repr(WithStr('a')))
class Multi(ValueError, KeyError):
    pass
try:
    raise Multi('m')
except KeyError as e:
    print('caught as KeyError', type(e).__name__, str(e))
try:
    raise NotFound
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(e)
try:
    try:
        pass
    except NotExc:
        pass
    raise ValueError
except ValueError:
    print('no error for bad except class when not reached')
