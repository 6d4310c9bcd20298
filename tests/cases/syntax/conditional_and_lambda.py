# conditional expressions and lambdas
for v in (-1, 0, 1):
    print('neg' if v < 0 else 'zero' if v == 0 else 'pos')
f = lambda: 'no args'
g = lambda a, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
print(f(), g(1, c=3), g(1, 2, 3, c=5, e=6))
print((lambda *a: a)(1, 2), (lambda **k: sorted(k))(z=1, a=2))
print((lambda x, /, y: x - y)(5, y=2))
print(f.__name__, g.__name__, (lambda: 0).__qualname__)
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + i for i in range(3)]
print([a(10) for a in late])
print((lambda: (yield))().__class__.__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str.upper, str.strip)('  hi '))
print(1 if [] else 2, 'a' if 'x' else 'b')
