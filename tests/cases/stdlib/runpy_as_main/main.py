# runpy._run_module_as_main, what `python -m` calls: the module's code runs in the
# namespace of the existing __main__ module, and sys.argv[0] becomes its file.
import os
import sys
import runpy

here = os.path.dirname(os.path.abspath(__file__))
main_dict = sys.modules['__main__'].__dict__
sys.argv[:] = ['-m', 'first', '--flag']

result = runpy._run_module_as_main('pkg.cli')
print('returned the __main__ namespace:', result is main_dict)
print('our globals now say:', __name__, __spec__.name, __package__,
      __file__.replace(here, '$'), type(__loader__).__name__)
print('argv:', [a.replace(here, '$') for a in sys.argv])
print('counter from the module:', counter)

sys.argv[0] = 'kept'
runpy._run_module_as_main('pkg', alter_argv=False)
print('argv0 kept:', sys.argv[0], '; now', __spec__.name, counter)
print('pkg.__main__ imported:', 'pkg.__main__' in sys.modules, 'pkg.cli' in sys.modules)
