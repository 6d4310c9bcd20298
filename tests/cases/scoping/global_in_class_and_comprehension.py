# global declarations inside class bodies and names used in comprehensions
counter = 0
class Counter:
    global counter
    counter = 10
    local_to_class = 'class'
print(counter, hasattr(Counter, 'counter'), Counter.local_to_class)
items = [1, 2, 3]
def f():
    return [counter + i for i in items]
print(f())
def g():
    items = ['local']
    return [x for x in items]
print(g())
def h():
    return [i for i in range(3) if counter > i]
print(h())
x = 'global x'
def k():
    return [x for _ in range(1)], (lambda: x)()
print(k())
