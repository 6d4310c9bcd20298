# min() and max() consume their iterable lazily: the key function runs between the
# iterator's steps, an exception stops them mid-way, and an infinite iterator is fine
# as long as the exception comes.


def gen(n):
    for i in range(n):
        print("yield", i)
        yield (i * 7) % 5


def key(v):
    print("key", v)
    return -v


print(max(gen(4), key=key))
print(min(gen(3)))


def boom():
    yield 1
    yield 2
    raise ValueError("stop here")


try:
    max(boom())
except ValueError as e:
    print("ValueError", e)


def forever():
    i = 0
    while True:
        i += 1
        yield i


class Stop(Exception):
    pass


def key2(v):
    if v > 5:
        raise Stop(v)
    return v


try:
    min(forever(), key=key2)
except Stop as e:
    print("Stop", e)

print(max(3, 1, 2), min(3, 1, 2, key=lambda v: -v))
print(max([], default="empty"), min(iter([]), default=None))
try:
    max([])
except ValueError as e:
    print(e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
print(max((x % 1009 for x in range(100000))))
