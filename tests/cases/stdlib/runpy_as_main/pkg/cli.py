import os
import sys
here = os.getcwd()
print('[cli]', __name__, __spec__.name, __package__, [a.replace(here, '$') for a in sys.argv])
print('[cli] is __main__:', sys.modules['__main__'].__dict__ is globals())
counter = globals().get('counter', 0) + 1
