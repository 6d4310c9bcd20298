# global and nonlocal with several names, and in nested blocks
a = b = 0
def set_both():
    global a, b
    a, b = 1, 2
set_both()
print(a, b)
def outer():
    x = y = 'outer'
    def inner():
        nonlocal x, y
        x, y = 'inner-x', 'inner-y'
    inner()
    return x, y
print(outer())
def conditional(flag):
    if flag:
        global g_created
        g_created = 'created'
    return 'done'
conditional(False)
print('g_created' in globals())
conditional(True)
print(g_created)
def loop_global():
    for i in range(3):
        global counter
        counter = i
loop_global()
print(counter)
