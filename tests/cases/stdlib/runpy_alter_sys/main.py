# runpy.run_module(alter_sys=True): sys.argv[0] and sys.modules[__name__] are replaced
# while the module runs and restored afterwards, also when it raises.
import os
import sys
import runpy

here = os.path.dirname(os.path.abspath(__file__))
sys.argv[1:] = ['a', 'b']
before_argv = list(sys.argv)
main_module = sys.modules['__main__']

g = runpy.run_module('probe', alter_sys=True)
print('returned a copy:', g is not g['captured'], g['captured']['__name__'])
print('argv restored:', sys.argv == before_argv, 'probe' in sys.modules)

g = runpy.run_module('probe', run_name='__main__', alter_sys=True)
print('__main__ restored:', sys.modules['__main__'] is main_module)
print('runs as', g['__name__'], 'spec', g['__spec__'].name)

sys.modules['other'] = 'placeholder'
runpy.run_module('probe', run_name='other', alter_sys=True)
print('previous entry restored:', sys.modules.pop('other'))
sys.modules['probe'] = 'not a module'
try:
    runpy.run_module('probe')
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules['probe']

try:
    runpy.run_module('failing', alter_sys=True)
except ZeroDivisionError as e:
    print('raised', type(e).__name__, e)
print('after failure:', sys.argv == before_argv, 'failing' in sys.modules)

print('package with alter_sys:')
g = runpy.run_module('tool', {'preset': 1}, alter_sys=True)
print('  ', g['__name__'], g['preset'], 'tool.__main__' in sys.modules)

# The helpers refuse nesting the same argv0 replacement.
m = runpy._ModifiedArgv0('x')
with m:
    print('inside:', sys.argv[0])
    try:
        with m:
            pass
    except RuntimeError as e:
        print('nested:', type(e).__name__, e)
print('outside:', sys.argv[0] == before_argv[0])

with runpy._TempModule('made_up') as t:
    print('temp module:', sys.modules['made_up'] is t.module, t.module.__name__)
print('gone:', 'made_up' in sys.modules)
