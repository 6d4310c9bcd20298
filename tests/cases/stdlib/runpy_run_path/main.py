# runpy.run_path: a source file, a directory holding __main__.py, init_globals, run_name,
# and the temporary changes to sys.argv[0], sys.modules and sys.path.
import os
import sys
import runpy

here = os.path.dirname(os.path.abspath(__file__))
before = (list(sys.argv), list(sys.path), '__main__' in sys.modules)

print('file:')
g = runpy.run_path('script.py')
print('  keys:', [k for k in g if k.startswith('__')])
print('  ', g['__name__'], repr(g['__package__']), g['__file__'], g['__spec__'],
      g['__loader__'], g['__cached__'], g['__doc__'], g['answer'])

print('file, run_name and init_globals:')
g = runpy.run_path(os.path.join(here, 'script.py'), {'given': 'yes'}, run_name='a.b.c')
print('  ', g['__name__'], repr(g['__package__']), g['__file__'].replace(here, '$'), g['given'])

print('directory:')
g = runpy.run_path('app')
print('  keys:', [k for k in g if k.startswith('__')])
print('  ', g['__name__'], repr(g['__package__']), g['__file__'].replace(here, '$'),
      g['__spec__'].name, type(g['__loader__']).__name__, g['helper_value'])

print('directory, run_name:')
g = runpy.run_path('app', run_name='__main__')
print('  ', g['__name__'], repr(g['__package__']), g['__spec__'].name)
print('  __main__ is ours again:', sys.modules['__main__'].__file__ == __file__)

print('state restored:', (list(sys.argv), list(sys.path), '__main__' in sys.modules) == before,
      '<run_path>' in sys.modules, 'helper' in sys.modules)

for path in ['missing.py', 'noentry', 'broken.py']:
    try:
        runpy.run_path(path)
    except (OSError, ImportError, SyntaxError) as e:
        print(path, '->', type(e).__name__ + ':', str(e).replace(here, '$'))
print('path after errors:', sys.path == before[1])
