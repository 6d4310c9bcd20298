# An exception escaping a module run by runpy.run_path: the traceback passes through
# runpy's frames (shown as "<frozen runpy>" without source lines).
import runpy

g = runpy.run_module('ok_mod')
print('ok_mod ran:', g['value'])
runpy.run_path('failing.py', run_name='__main__')
print('not reached')
