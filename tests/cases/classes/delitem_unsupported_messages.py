import types
class A: pass
for o in [A(), (1,), 5, 'ab', 2.5, None, types.MappingProxyType({}), frozenset(), len, int]:
    for k in (0, 'a', True):
        try: del o[k]
        except Exception as e: print(type(o).__name__, repr(k), e)
