# exec, eval, compile
print(eval('1 + 2'), eval('[x * 2 for x in range(3)]'), eval('len(s)', {'s': 'abc'}))
ns = {}
exec('def f(x):\n    return x * 10\ny = f(4)', ns)
print(ns['y'], ns['f'](5))
print(exec('z = 1'), z)
code = compile('a + b', 'expr-file', 'eval')
print(eval(code, {'a': 1, 'b': 2}), code.co_filename, type(code).__name__)
code = compile('print("single mode")', '<s>', 'single')
exec(code)
code = compile('for i in range(2): print("exec mode", i)', '<e>', 'exec')
exec(code)
for src, mode in [('x =', 'exec'), ('1 +', 'eval'), ('a = 1', 'eval'), ('1', 'nope')]:
    try:
        compile(src, '<bad>', mode)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
try:
    eval('1/0')
except ZeroDivisionError as e:
    print('eval raised', e)
try:
    eval(5)
except TypeError as e:
    print(e)
print(eval('__name__'), eval('__name__', {}), eval('x', {}, {'x': 'local'}))
print(eval(b'1 + 1'), eval('  2 * 3\n'))
