# nonlocal binds to the nearest enclosing function scope
def outer():
    x = 'outer'
    def middle():
        x = 'middle'
        def inner():
            nonlocal x
            x = 'set by inner'
        inner()
        return x
    m = middle()
    return x, m
print(outer())
def skip_level():
    y = 1
    def a():
        def b():
            nonlocal y
            y += 10
        b()
    a()
    return y
print(skip_level())
def multiple():
    p = q = 0
    def set_both():
        nonlocal p, q
        p, q = 'P', 'Q'
    set_both()
    return p, q
print(multiple())
for src in ['def f():\n    nonlocal z\n', 'def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n']:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
