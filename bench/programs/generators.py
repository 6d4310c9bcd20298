# Generators: generator functions, generator expressions consumed by
# builtins, `yield from` delegation, send(), and chained pipelines.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v


def squares(src):
    for v in src:
        yield v * v


def chain_all(*gens):
    for g in gens:
        yield from g


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


def averager():
    total = 0
    n = 0
    avg = 0
    while True:
        v = yield avg
        total += v
        n += 1
        avg = total // n


def main():
    total = sum(squares(evens(count_up(1300000))))
    total += sum(x * 2 for x in range(900000) if x % 3)
    total += sum(chain_all(count_up(200000), count_up(300000), squares(count_up(5000))))
    total += sum(tree(16))
    a = averager()
    next(a)
    last = 0
    for i in range(400000):
        last = a.send(i % 1000)
    total += last
    total += max(v % 1009 for v in count_up(400000))
    print("checksum", total)


main()
