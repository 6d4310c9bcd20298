# __import__ and importlib-free dynamic imports
m = __import__('math')
print(m.__name__, m.sqrt(9))
s = __import__('sys', globals(), locals(), ['maxsize'], 0)
print(s.__name__, s.maxsize > 0)
j = __import__('json')
print(j.loads('[1]'))
try:
    __import__('no_such_kaa_module_xyz')
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name)
try:
    __import__('')
except ValueError as e:
    print(e)
try:
    __import__(5)
except TypeError as e:
    print(e)
import sys
print('math' in sys.modules, sys.modules['json'] is j)
