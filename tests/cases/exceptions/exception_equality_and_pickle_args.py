# exceptions compare by identity; args are a tuple
a = ValueError('x')
b = ValueError('x')
print(a == b, a == a, a.args == b.args, hash(a) == hash(a))
print(ValueError('x').args, ValueError(*['a', 'b']).args, ValueError().args)
e = RuntimeError('one', 2, [3])
print(e.args[2], len(e.args), str(e))
e.args = ['list', 'becomes', 'tuple']
print(e.args, type(e.args).__name__)
print(isinstance(e, BaseException), BaseException('base').args, str(BaseException()))
print(repr(Exception(Exception('nested'))), str(Exception(Exception('nested'))))
