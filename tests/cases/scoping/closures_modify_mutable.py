# closures can mutate captured objects without nonlocal
def make():
    state = {'n': 0}
    items = []
    def add(v):
        state['n'] += 1
        items.append(v)
        return state['n']
    def show():
        return state, items
    return add, show
add, show = make()
add('a'); add('b')
print(show())
def broken():
    n = 0
    def inc():
        n += 1
        return n
    return inc
try:
    broken()()
except UnboundLocalError as e:
    print(type(e).__name__, e)
