# nested lambdas, immediately invoked and with defaults
add = lambda a: lambda b: lambda c: a + b + c
print(add(1)(2)(3))
print((lambda x=(lambda: 'default fn'): x())())
print(list(map(lambda t: (lambda a, b: a * b)(*t), [(2, 3), (4, 5)])))
print(sorted([(1, 'b'), (2, 'a')], key=lambda p: p[1]))
y = 10
f = lambda x, y=y: x + y
y = 20
print(f(1), (lambda: y)())
print((lambda *a, **k: (a, k))(1, k=2), (lambda: (yield 5))().send(None))
