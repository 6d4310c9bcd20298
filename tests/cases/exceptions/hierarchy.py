# the builtin exception hierarchy
def chain(cls):
    return ' > '.join(c.__name__ for c in cls.__mro__)
for cls in [ZeroDivisionError, KeyError, IndexError, ModuleNotFoundError, UnboundLocalError,
            RecursionError, NotImplementedError, StopIteration, GeneratorExit, KeyboardInterrupt,
            SystemExit, FileNotFoundError, UnicodeDecodeError, OverflowError, TabError,
            DeprecationWarning, BaseExceptionGroup, ExceptionGroup, TimeoutError, BrokenPipeError]:
    print(chain(cls))
print(issubclass(KeyError, LookupError), issubclass(LookupError, KeyError))
print(issubclass(SystemExit, Exception), issubclass(StopAsyncIteration, Exception))
print(IOError is OSError, EnvironmentError is OSError)
