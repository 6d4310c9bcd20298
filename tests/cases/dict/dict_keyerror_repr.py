# KeyError messages use repr of the key
d = {}
for key in ['s', 1, 2.5, (1, 2), None, '', b'b', frozenset(), "it's"]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), str(e))
try:
    d[('single',)]
except KeyError as e:
    print(str(e), e.args)
try:
    {}.pop(('a', 'b'))
except KeyError as e:
    print(str(e))
try:
    del d[[1]]
except TypeError as e:
    print(e)
