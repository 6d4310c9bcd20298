# if/elif/else selection and truthiness
def classify(v):
    if v is None:
        return 'none'
    elif isinstance(v, bool):
        return 'bool'
    elif isinstance(v, int) and v < 0:
        return 'negative int'
    elif isinstance(v, int):
        return 'int'
    elif not v:
        return 'falsy ' + type(v).__name__
    else:
        return 'other'
for v in [None, True, -5, 7, '', [], 'x', 0.0, {}, (0,)]:
    print(repr(v), classify(v))
if 0:
    print('no')
elif '':
    print('no')
elif [0]:
    print('non-empty list is true')
x = 5
if x > 3:
    if x > 4:
        print('nested true')
    else:
        print('no')
