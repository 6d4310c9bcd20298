# repr/str of very deep containers of each kind raises RecursionError; moderate depth works
def nest(make, n):
    x = None
    for _ in range(n):
        x = make(x)
    return x
for name, make in [('list', lambda x: [x]), ('tuple', lambda x: (x,)), ('dict', lambda x: {1: x}),
                   ('set-in-list', lambda x: [x, {1}])]:
    for n in (50, 100000):
        v = nest(make, n)
        for f in (repr, str):
            try:
                r = f(v)
                print(name, n, f.__name__, len(r))
            except RecursionError as e:
                print(name, n, f.__name__, type(e).__name__, e)
class R:
    def __init__(self, inner):
        self.inner = inner
    def __repr__(self):
        return 'R(' + repr(self.inner) + ')'
try:
    repr(nest(R, 100000))
except RecursionError as e:
    print('R', type(e).__name__)
print(repr(nest(R, 10)))
