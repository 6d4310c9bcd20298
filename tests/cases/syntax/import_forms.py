# import statement forms (sys and builtin modules only)
import sys
import sys as system
from sys import maxsize, version_info as vi
print(system is sys, maxsize == sys.maxsize, vi[0], vi.major)
import math, json
print(math.floor(2.5), json.dumps([1]))
from math import (
    pi,
    sqrt as root,
)
print(round(pi, 3), root(16))
def f():
    import math as m
    return m.ceil(1.2)
print(f(), 'm' in globals())
try:
    import no_such_module_kaa
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
print(type(sys).__name__, sys.__name__, __name__)
import builtins
print(builtins.len is len)
