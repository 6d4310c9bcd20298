# RecursionError is catchable and the interpreter recovers
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth()
print(800 < d < 1000)
print(sum(range(10)))
try:
    down(0)
except RecursionError:
    print('second time also fine')
