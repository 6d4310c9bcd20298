# three levels of nesting and cell sharing
def a():
    x = 1
    def b():
        y = 2
        def c():
            z = 3
            def d():
                return x + y + z
            return d
        return c
    return b
print(a()()()())
def shared():
    val = []
    def add(v):
        val.append(v)
    def get():
        return list(val)
    return add, get
add, get = shared()
add(1); add(2)
print(get())
def rebind():
    n = 1
    def r():
        nonlocal n
        n = n * 10
        return n
    r(); r()
    return n
print(rebind())
def param_cell(p):
    def inner():
        return p * 2
    p = p + 1
    return inner()
print(param_cell(5))
print(param_cell.__code__.co_cellvars)
