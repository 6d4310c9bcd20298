# A function whose last reference goes away while it runs (its code must stay valid until
# the return reaches the caller), generators finishing inside a for loop, and __init__
# returning a value.
import gc


def make():
    def victim(n):
        global holder
        holder = None  # the only reference to this function besides the running call
        gc.collect()
        return [n * i for i in range(3)]

    return victim


holder = make()
print(holder(5))
print(holder)


def gen(n):
    for i in range(n):
        yield i
    return "done"


def outer():
    total = 0
    for v in gen(4):
        total += v
    for v in (x * 2 for x in gen(3)):
        total += v
    return total


print(outer())


class Bad:
    def __init__(self):
        return 1


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


def rec(n):
    if n == 0:
        return 0
    f = rec
    return f(n - 1) + 1


print(rec(50))

