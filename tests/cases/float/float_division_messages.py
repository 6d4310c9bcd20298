# zero division and overflow messages for floats
ops = [
    ('1.0 / 0', lambda: 1.0 / 0),
    ('1 / 0.0', lambda: 1 / 0.0),
    ('1.0 // 0', lambda: 1.0 // 0),
    ('1.0 % 0', lambda: 1.0 % 0),
    ('divmod(1.0, 0)', lambda: divmod(1.0, 0)),
    ('0.0 ** -1', lambda: 0.0 ** -1),
    ('0 ** -1', lambda: 0 ** -1),
    ('2.0 ** 5000', lambda: 2.0 ** 5000),
    ('float(10**400)', lambda: float(10 ** 400)),
    ('10**400 / 3', lambda: 10 ** 400 / 3),
    ('1e308 * 10', lambda: 1e308 * 10),
    ('math.exp(1000)', lambda: __import__('math').exp(1000)),
    ('math.sqrt(-1)', lambda: __import__('math').sqrt(-1)),
    ('math.log(0)', lambda: __import__('math').log(0)),
]
for label, fn in ops:
    try:
        print(label, '=', fn())
    except Exception as e:
        print(label, '->', type(e).__name__, e)
