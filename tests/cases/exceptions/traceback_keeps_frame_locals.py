# A traceback keeps the raising frames' locals alive (and shows them in f_locals) until the
# exception goes away.
import sys
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
def inner(a, b=2):
    local = Noisy('inner-local')
    c = a + b
    raise ValueError(c)
def outer():
    keep = Noisy('outer-local')
    def closure():
        return keep
    inner(1)
try:
    outer()
except ValueError as e:
    print('caught', e)
    tb = e.__traceback__
    while tb:
        loc = tb.tb_frame.f_locals
        print(tb.tb_frame.f_code.co_name, sorted(k for k in loc if not k.startswith('__')))
        tb = tb.tb_next
    del tb, loc
print('after except')
def g():
    x = Noisy('in-g')
    1 / 0
try:
    g()
except ZeroDivisionError:
    err = sys.exc_info()[1]
print('still held')
del err
print('end')
