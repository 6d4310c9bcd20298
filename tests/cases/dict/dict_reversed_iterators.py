# reversed() over dicts and their views: live reverse iterators with CPython's type names
d = dict.fromkeys('abcde', 1); del d['c']; d['f'] = 2
for it in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    print(type(it).__name__, list(it))
it = reversed(d); next(it); d['z'] = 0
try: next(it)
except RuntimeError as e: print(e)
it = reversed({}); print(list(it), list(reversed({1: 2}.items())))
