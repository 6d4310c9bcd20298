# changing a dict's size while iterating raises RuntimeError
d = {'a': 1, 'b': 2}
try:
    for k in d:
        d['new'] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {'a': 1, 'b': 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {'a': 1, 'b': 2}
for k in d:
    d[k] = d[k] * 10
print(d)
for k in list(d):
    del d[k]
print(d)
d = {1: 1}
try:
    for v in d.values():
        d[2] = 2
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
try:
    for item in d.items():
        d.pop(1)
except RuntimeError as e:
    print(e)
d = {'x': 1}
it = iter(d)
d['y'] = 2
try:
    next(it)
except RuntimeError as e:
    print('iterator after change:', e)
