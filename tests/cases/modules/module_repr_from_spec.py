# a module with a spec is described by the spec (name, origin, location); __main__'s initial names
import importlib.util
import types
print(list(globals()))
m = types.ModuleType('plain')
print(repr(m))
m.__spec__ = importlib.util.spec_from_loader('from_spec', loader=None, origin='somewhere')
print(repr(m))
m.__spec__.has_location = True
print(repr(m))
m.__spec__ = importlib.util.spec_from_loader('no_origin', loader=None)
print(repr(m))
m.__spec__ = None
m.__file__ = 'f.py'
print(repr(m))
