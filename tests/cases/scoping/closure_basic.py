# closures capture variables, not values
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
def outer():
    x = 'first'
    def show():
        return x
    x = 'second'
    return show
print(outer()())
print(outer().__code__.co_freevars, outer.__code__.co_cellvars)
def cell_contents():
    v = [1]
    def f():
        return v
    return f
f = cell_contents()
print(f.__closure__[0].cell_contents, len(f.__closure__))
def no_closure():
    return 1
print(no_closure.__closure__)
