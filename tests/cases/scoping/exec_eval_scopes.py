# exec and eval with explicit namespaces
ns = {}
exec('a = 1\nb = a + 1', ns)
print(ns['a'], ns['b'], '__builtins__' in ns)
print(eval('a * 10', ns))
print(eval('x + y', {'x': 1}, {'y': 2}))
g = {'v': 'global'}
l = {'v': 'local'}
print(eval('v', g, l))
exec('def f(): return v', g, l)
print(l['f']())
code = compile('total = sum(range(n))', '<str>', 'exec')
space = {'n': 5}
exec(code, space)
print(space['total'])
def in_func():
    x = 5
    return eval('x + 1')
print(in_func())
try:
    eval('undefined_thing')
except NameError as e:
    print(e)
try:
    eval('x = 1')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(eval('[i for i in range(3)]', {}))
print(eval(' 1 + 2 '), eval('\t3'))
