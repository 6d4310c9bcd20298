# messages of common runtime errors
tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [1][5],
    lambda: (1,)[-3],
    lambda: 'abc'[10],
    lambda: {}['k'],
    lambda: {}[(1, 2)],
    lambda: None + 1,
    lambda: 'a' + 1,
    lambda: 1 + 'a',
    lambda: [] + (),
    lambda: -'x',
    lambda: ~1.5,
    lambda: len(5),
    lambda: int('abc'),
    lambda: float('x'),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1].index(2),
    lambda: 'abc'.index('z'),
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: object().attr,
    lambda: 'str'.nope,
    lambda: (1).__nope__,
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: 'a' * 'b',
    lambda: [1, 2].remove(3),
    lambda: set().pop(),
    lambda: 2 ** 10000.0,
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ':', e)
