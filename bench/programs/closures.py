# Closures: creating nested functions, reading and writing cells
# (nonlocal), lambdas, function composition and higher-order helpers.


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def compose(f, g):
    return lambda x: f(g(x))


def make_accumulator():
    total = 0
    items = 0

    def push(v):
        nonlocal total, items
        total += v
        items += 1

    def mean_times_1000():
        return total * 1000 // items if items else 0
    return push, mean_times_1000


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def main():
    total = 0
    for i in range(400000):
        add = make_adder(i & 31)
        total += add(i)
    counter = make_counter()
    for i in range(1400000):
        counter()
    total += counter(5)
    adders = [make_adder(k) for k in range(10)]
    pipeline = adders[0]
    for a in adders[1:]:
        pipeline = compose(a, pipeline)
    for i in range(100000):
        total += pipeline(i)
    push, mean = make_accumulator()
    for i in range(700000):
        push(i % 97)
    total += mean()
    total += apply_n(lambda v: (v * 3 + 1) % 1000003, 700000, 7)
    print("checksum", total)


main()
