# argument errors from builtin functions
calls = [
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs('x'),
    lambda: isinstance(1),
    lambda: int('1', 2, 3),
    lambda: print(sepx=1),
    lambda: ord('ab'),
    lambda: chr(-1),
    lambda: max(),
    lambda: min([]),
    lambda: getattr(1),
    lambda: range(1, 2, 3, 4),
    lambda: range(0, 1, 0),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: 'x'.join(1),
]
for call in calls:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
