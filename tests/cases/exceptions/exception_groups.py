# ExceptionGroup basics
eg = ExceptionGroup('many', [ValueError('v'), TypeError('t'), ValueError('w')])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
try:
    ExceptionGroup('bad', [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup('bad', [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
bg = BaseExceptionGroup('base', [KeyboardInterrupt()])
print(type(bg).__name__)
print(type(BaseExceptionGroup('x', [ValueError()])).__name__)
nested = ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [KeyError(2)])])
print(repr(nested.split(KeyError)[0]))
print(repr(nested.derive([IndexError()])))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
