# with statement forms and protocol order
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM('a') as a, CM('b') as b:
    print('body', a, b)
with (CM('c') as c,
      CM('d')):
    print('body', c)
with CM('s', suppress=True):
    raise ValueError('swallowed')
print('after suppress')
try:
    with CM('outer'), CM('inner'):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(3):
    with CM(f'loop{i}'):
        if i == 1:
            continue
        if i == 2:
            break
        print('loop body', i)
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
