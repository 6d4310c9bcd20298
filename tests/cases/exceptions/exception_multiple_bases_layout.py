pairs = [(ValueError, KeyError), (OSError, ImportError), (TypeError, AttributeError), (NameError, AttributeError), (LookupError, ArithmeticError), (UnicodeError, ValueError), (UnicodeDecodeError, UnicodeEncodeError), (FileNotFoundError, PermissionError), (StopIteration, RuntimeError), (SystemExit, KeyboardInterrupt), (Exception, int), (OSError, SyntaxError), (KeyError, IndexError)]
for a, b in pairs:
    try:
        C = type('C', (a, b), {})
        print(a.__name__, b.__name__, 'ok', [k.__name__ for k in C.__mro__])
    except TypeError as e:
        print(a.__name__, b.__name__, e)
