# functions as values
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 7), apply(str.upper, 'x'))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, abs, int)('-42'))
ops = {'+': lambda a, b: a + b, '*': lambda a, b: a * b}
print(ops['+'](2, 3), ops['*'](2, 3))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter.calls)
print(sorted(['bb', 'a', 'ccc'], key=len), max(['bb', 'a'], key=len))
