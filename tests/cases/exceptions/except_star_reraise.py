# except*: how the unhandled rest, bare re-raises and new exceptions are combined
import sys

def outcome(f):
    try:
        f()
        print('  handled')
    except BaseException as e:
        print('  ->', repr(e))
        return e

def group():
    return ExceptionGroup('g', [ValueError(1), TypeError(2), ExceptionGroup('h', [ValueError(3), KeyError(4)])])

def reraise_all():
    try:
        raise group()
    except* ValueError:
        raise
    except* KeyError:
        raise
outcome(reraise_all)

def raise_new():
    try:
        raise group()
    except* ValueError as e:
        print('  handler sees', repr(e), sys.exception() is e)
        raise RuntimeError('new')
    except* KeyError:
        pass
e = outcome(raise_new)
print('  context:', repr(e.exceptions[0].__context__))

def raise_member():
    try:
        raise group()
    except* TypeError as e:
        raise e.exceptions[0]
outcome(raise_member)

def naked():
    try:
        raise ValueError('naked')
    except* ValueError as e:
        print('  wrapped:', repr(e), e.exceptions[0].__traceback__ is not None)
        raise
outcome(naked)

def naked_base():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as e:
        print('  wrapped:', type(e).__name__)
outcome(naked_base)

def unmatched():
    try:
        raise group()
    except* OSError:
        print('  never')
outcome(unmatched)

def nested():
    try:
        try:
            raise group()
        except* ValueError:
            print('  inner handles', sys.exception())
    except* TypeError as e:
        print('  outer got', repr(e))
outcome(nested)

for clause in (ExceptionGroup, (ValueError, BaseExceptionGroup), int, (ValueError, 'x')):
    def check():
        try:
            raise group()
        except* clause:
            pass
    outcome(check)
