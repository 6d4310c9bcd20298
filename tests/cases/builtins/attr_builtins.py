# getattr, setattr, delattr, hasattr
class O:
    cls_attr = 'class'
    def __init__(self):
        self.x = 1
o = O()
print(getattr(o, 'x'), getattr(o, 'y', 'default'), getattr(o, 'cls_attr'), hasattr(o, 'x'), hasattr(o, 'nope'))
setattr(o, 'y', 2)
setattr(o, 'with space', 3)
print(o.y, getattr(o, 'with space'), sorted(vars(o)))
delattr(o, 'y')
print(hasattr(o, 'y'))
for call in [lambda: getattr(o, 'missing'), lambda: delattr(o, 'missing'), lambda: getattr(o, 5),
             lambda: setattr(o, 5, 1), lambda: setattr(1, 'x', 2), lambda: delattr(o, 'cls_attr'),
             lambda: getattr(O, 'missing'), lambda: hasattr(o, None)]:
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Raises:
    @property
    def p(self):
        raise ValueError('not AttributeError')
try:
    hasattr(Raises(), 'p')
except ValueError as e:
    print('hasattr propagates', e)
print(getattr(Raises, 'p').__class__.__name__)
