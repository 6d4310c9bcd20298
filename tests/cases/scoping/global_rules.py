# global declarations
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def create():
    global created_later
    created_later = 'made in function'
create()
print(created_later)
def reader():
    return counter * 10
print(reader())
def shadow():
    counter = 'local'
    return counter
print(shadow(), counter)
def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print(counter)
try:
    compile('def f():\n    x = 1\n    global x\n', '<s>', 'exec')
except SyntaxError as e:
    print(e.msg)
try:
    compile('def f(a):\n    global a\n', '<s>', 'exec')
except SyntaxError as e:
    print(e.msg)
g = {'__builtins__': __builtins__}
exec('global q\nq = 5', g)
print(g['q'])
