# __traceback__ and with_traceback
def inner():
    raise ValueError('deep')
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
    print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno)
e = ValueError('fresh')
print(e.__traceback__)
e2 = e.with_traceback(None)
print(e2 is e)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None)
try:
    e.__traceback__ = 'bad'
except TypeError as err:
    print(err)
