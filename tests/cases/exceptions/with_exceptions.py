# exceptions through context managers
class CM:
    def __init__(self, ret):
        self.ret = ret
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('exit got', t and t.__name__, v, tb is not None)
        return self.ret
with CM(True):
    raise ValueError('suppressed')
print('continued')
try:
    with CM(False):
        raise KeyError('propagated')
except KeyError as e:
    print('outside', repr(e))
class Raising:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError('from exit')
try:
    with Raising():
        raise ValueError('body')
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
class BadEnter:
    def __enter__(self):
        raise OSError('enter failed')
    def __exit__(self, *a):
        print('exit not called')
try:
    with BadEnter():
        print('body not run')
except OSError as e:
    print(e)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return 'non-empty string'
with Truthy():
    raise IndexError
print('suppressed by truthy return')
