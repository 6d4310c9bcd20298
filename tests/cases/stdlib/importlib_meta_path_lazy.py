import importlib
import importlib.abc
import importlib.util
import sys
import types

SOURCES = {'virt': 'X = 1\nimport virt\nSELF = virt\n', 'broken': 'raise LookupError("nope")\n'}


class DictLoader(importlib.abc.Loader):
    def exec_module(self, module):
        print('exec', module.__name__, module.__spec__._initializing,
              sys.modules.get(module.__name__) is module)
        exec(compile(SOURCES[module.__name__], '<dict>', 'exec'), module.__dict__)


class DictFinder(importlib.abc.MetaPathFinder):
    def __init__(self):
        self.asked = []

    def find_spec(self, name, path, target=None):
        self.asked.append((name, path))
        if name in SOURCES:
            return importlib.util.spec_from_loader(name, DictLoader(), origin='dict')
        return None


finder = DictFinder()
sys.meta_path.insert(0, finder)
import virt
print(virt.X, virt.SELF is virt, virt.__spec__.origin, virt.__spec__._initializing)
print(virt.__package__, hasattr(virt, '__file__'), type(virt.__loader__).__name__)
try:
    import broken
except LookupError as e:
    print('LookupError |', e, 'broken' in sys.modules)
print(finder.asked[-1])
sys.meta_path.remove(finder)

with open('heavy.py', 'w') as f:
    f.write('print("heavy: executing body")\nVALUE = 99\n')
importlib.invalidate_caches()
spec = importlib.util.find_spec('heavy')
loader = importlib.util.LazyLoader(spec.loader)
spec.loader = loader
module = importlib.util.module_from_spec(spec)
sys.modules['heavy'] = module
loader.exec_module(module)
print('after lazy', isinstance(module, types.ModuleType))
print(module.VALUE)
print(type(module).__name__)
with open('heavy.py', 'w') as f:
    f.write('print("heavy: again")\nVALUE = 100\n')
print(importlib.reload(module).VALUE, module.VALUE)
