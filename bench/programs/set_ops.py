# Set operations: add, discard, membership, union, intersection,
# difference, symmetric difference, comprehensions, subset tests and
# frozensets as dict keys.  Checksums never depend on iteration order.


def lcg(seed, n, mod):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(seed % mod)
    return out


def main():
    xs = lcg(1, 300000, 200000)
    ys = lcg(2, 300000, 200000)
    a = set()
    for v in xs:
        a.add(v)
    b = set(ys)
    total = len(a) + len(b)
    hits = 0
    for v in range(0, 400000):
        if v in a:
            hits += 1
    total += hits
    for i in range(10):
        total += len(a | b) + len(a & b) + len(a - b) + len(a ^ b)
    for v in ys[:100000]:
        a.discard(v)
    total += len(a)
    evens = {v for v in xs if v % 2 == 0}
    total += len(evens) + sum(evens) % 1000
    small = {v % 100 for v in xs}
    total += (small <= set(range(100))) + (set(range(50)) < small)

    words = ["k%d" % (v % 5000) for v in xs[:120000]]
    seen = set()
    dups = 0
    for w in words:
        if w in seen:
            dups += 1
        else:
            seen.add(w)
    total += dups + len(seen)
    fs = {}
    for i in range(60000):
        key = frozenset((i % 10, i % 7, i % 3))
        fs[key] = fs.get(key, 0) + 1
    total += len(fs) + max(fs.values())
    print("checksum", total)


main()
