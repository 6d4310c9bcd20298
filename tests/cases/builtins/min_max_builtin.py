# min() and max() with key and default
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min('hello'), max('abc', 'abd'))
print(max([], default='empty'), min((), default=None), max([5], default=0))
print(max(['aa', 'b', 'ccc'], key=len), min(['aa', 'b', 'ccc'], key=len), max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get))
print(max([1, 3, 3.0], key=lambda x: x), max([3.0, 3]), min([1, True]), max([(1, 'b'), (1, 'a')]))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: -x))
for call in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0),
             lambda: max([1, 'a']), lambda: min([], key=len), lambda: max(1, 2, key=None, extra=1)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(max(1, 2, key=None), min([[1, 2], [0, 9]]))
