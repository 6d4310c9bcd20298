# BaseExceptionGroup/ExceptionGroup construction: argument checks, class choice, fields
def attempt(f):
    try:
        r = f()
        print('ok', type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: ExceptionGroup('only message'))
attempt(lambda: ExceptionGroup('m', [ValueError()], 'extra'))
attempt(lambda: ExceptionGroup(42, [ValueError()]))
attempt(lambda: ExceptionGroup('m', ValueError()))
attempt(lambda: ExceptionGroup('m', {ValueError()}))
attempt(lambda: ExceptionGroup('m', []))
attempt(lambda: ExceptionGroup('m', [ValueError(), 'not an exception']))
attempt(lambda: ExceptionGroup('m', [ValueError]))
attempt(lambda: ExceptionGroup('m', [ValueError()], note='x'))
attempt(lambda: ExceptionGroup('m', [KeyboardInterrupt()]))
attempt(lambda: BaseExceptionGroup('m', [ValueError(), TypeError()]))
attempt(lambda: BaseExceptionGroup('m', [ValueError(), SystemExit(2)]))
attempt(lambda: BaseExceptionGroup('m', (ValueError(1),)))
attempt(lambda: BaseExceptionGroup.__new__(KeyError, 'm', [ValueError()]))

class AppErrors(ExceptionGroup):
    pass

class Mixed(BaseExceptionGroup):
    pass

attempt(lambda: AppErrors('m', [GeneratorExit()]))
attempt(lambda: Mixed('m', [ValueError()]))
attempt(lambda: Mixed('m', [GeneratorExit()]))

eg = ExceptionGroup('problems', [ValueError(1), ExceptionGroup('inner', [KeyError(2)])])
print(eg.message, eg.exceptions, eg.args)
print(str(eg), '|', str(ExceptionGroup('', [ValueError()])))
for name in ('message', 'exceptions'):
    try:
        setattr(eg, name, None)
    except AttributeError as e:
        print(name, e)
eg.args = ('changed',)
print(repr(eg), eg.message, str(eg))
print(eg.__dict__)
print(ExceptionGroup[ValueError], BaseExceptionGroup[int])
print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
d = eg.derive([TypeError('t'), SystemExit(1)])
print(type(d).__name__, repr(d), d.message)
attempt(lambda: eg.derive())
attempt(lambda: eg.derive([]))
