# BaseException subclasses bypass `except Exception`
import sys
for exc in [SystemExit(3), KeyboardInterrupt(), GeneratorExit()]:
    try:
        try:
            raise exc
        except Exception:
            print('not caught here')
    except BaseException as e:
        print('outer caught', type(e).__name__, e.args)
try:
    sys.exit('message')
except SystemExit as e:
    print(repr(e.code), e.args)
try:
    sys.exit(1, 2) if False else sys.exit((1, 2))
except SystemExit as e:
    print(e.code)
try:
    raise SystemExit
except SystemExit as e:
    print(e.code, e.args)
