# Dict operations: insertion, lookup, get, setdefault, membership,
# deletion, iteration over keys/values/items, comprehensions and
# update, with int keys, str keys and tuple keys.


def lcg(seed, n):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(seed)
    return out


def main():
    nums = lcg(7, 400000)
    d = {}
    for v in nums:
        k = v % 50000
        d[k] = d.get(k, 0) + 1
    total = len(d)
    for k in range(0, 50000, 1):
        if k in d:
            total += d[k]
    for k in list(d.keys()):
        if k % 5 == 0:
            del d[k]
    total += len(d)
    total += sum(d.values())
    for k, v in d.items():
        total += k * v & 0xFF

    words = ["w%d" % (v % 3000) for v in nums[:300000]]
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    total += len(counts) + counts["w17"]
    groups = {}
    for w in words[:150000]:
        groups.setdefault(w[-1], []).append(w)
    for key in sorted(groups):
        total += len(groups[key])

    grid = {}
    for x in range(300):
        for y in range(300):
            grid[(x, y)] = (x * y) % 11
    for x in range(1, 299):
        for y in range(1, 299):
            total += grid[(x - 1, y)] + grid[(x, y + 1)]

    sq = {i: i * i for i in range(150000)}
    other = {i: -i for i in range(75000, 225000)}
    sq.update(other)
    total += len(sq) + sq[100000] + sq[100]
    inv = {v: k for k, v in counts.items()}
    total += len(inv)
    print("checksum", total)


main()
