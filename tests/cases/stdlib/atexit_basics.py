# atexit: callbacks run newest first after the program, a failing one is reported and
# skipped; weakref.finalize and tempfile objects are cleaned up at exit.
import atexit, sys

def bye(who, punct='!'):
    print('bye', who + punct)

class Bad:
    def __call__(self):
        raise ValueError('boom')

    def __repr__(self):
        return 'Bad()'


bad = Bad()

atexit.register(bye, 'first')
atexit.register(bye, 'second', punct='?')
atexit.register(bad)
n = atexit._ncallbacks()
print(atexit.register(print) is print, atexit._ncallbacks() - n)
atexit.unregister(print)
try:
    atexit.register(5)
except TypeError as e:
    print(e)
import weakref
class C: pass
c = C()
weakref.finalize(c, print, 'finalized at exit')
print('main done')
import os, tempfile
t = tempfile.TemporaryDirectory(dir='.')
f = tempfile.NamedTemporaryFile(dir='.')
atexit.register(lambda: print('left behind:', len(os.listdir('.'))))
