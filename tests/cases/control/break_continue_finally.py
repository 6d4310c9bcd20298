# break and continue through try/finally
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print('cleanup', i)
print('after loop, i =', i)
def f():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return 'done'
print(f())
def g():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return 'exception discarded by break'
print(g())
def h():
    while True:
        try:
            try:
                break
            finally:
                print('inner finally')
        finally:
            print('outer finally')
    return 'out'
print(h())
