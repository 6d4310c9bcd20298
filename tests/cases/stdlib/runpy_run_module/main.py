# runpy.run_module: the globals a run module sees, run_name, init_globals, alter_sys,
# packages through __main__, and the errors for what cannot be run.
import os
import sys
import runpy

here = os.path.dirname(os.path.abspath(__file__))


def show(g, keys=('__name__', '__package__', '__doc__')):
    print('  keys:', [k for k in g if k.startswith('__')])
    for k in keys:
        print('  ', k, repr(g.get(k)))
    print('   __file__', g['__file__'].replace(here, '$'))
    print('   __cached__', type(g['__cached__']).__name__, g['__cached__'].endswith('.pyc'))
    print('   __spec__', g['__spec__'].name, g['__spec__'].parent)
    print('   __loader__', type(g['__loader__']).__name__, g['__loader__'] is g['__spec__'].loader)
    print('   __builtins__', type(g['__builtins__']).__name__)


print('module:')
g = runpy.run_module('plain')
show(g)
print('  x =', g['x'], 'seen', g['seen'], 'main is', sys.modules['__main__'].__name__)
print('  plain imported?', 'plain' in sys.modules)

print('run_name + init_globals:')
g = runpy.run_module('plain', {'extra': 5, '__name__': 'ignored', '__doc__': 'd'}, 'chosen')
show(g)
print('  extra', g['extra'], list(g)[0])

print('package:')
argv_before = list(sys.argv)
g = runpy.run_module('pkg')
show(g)
print('  argv unchanged:', sys.argv == argv_before, 'pkg.__main__' in sys.modules)

print('submodule:')
g = runpy.run_module('pkg.sub', run_name='__main__')
show(g)
print('  __main__ still ours:', sys.modules['__main__'].__name__ == '__main__', 'sub' in g)

print('nested package:')
g = runpy.run_module('deep.inner.leaf')
print('  ', g['__name__'], g['__package__'], g['__spec__'].name)

print('returned dict is the namespace:')
g = runpy.run_module('plain', init_globals={'seen': 'preset'})
print('  seen', g['seen'])

for name in ['nosuch', 'pkg.nosuch', 'nosuch.sub', '.relative', 'pkg2', 'nspkg',
             'plain.py', 'brokenpkg.mod', 'pkg.__main__.x', '__main__']:
    try:
        runpy.run_module(name)
    except Exception as e:
        print(name, '->', type(e).__name__ + ':', e)
