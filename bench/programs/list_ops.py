# List operations: append/pop, indexing, slicing, comprehensions,
# sort (with and without key), reverse, extend, insert, membership,
# index(), del of slices and nested lists used as matrices.


def lcg(seed, n):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(seed % 100000)
    return out


def stack_work(n):
    st = []
    total = 0
    for i in range(n):
        st.append(i)
        if i % 3 == 0:
            total += st.pop()
    return total + len(st)


def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = [[0] * m for _ in range(n)]
    for i in range(n):
        row = a[i]
        orow = out[i]
        for j in range(m):
            s = 0
            for t in range(k):
                s += row[t] * b[t][j]
            orow[j] = s
    return out


def main():
    data = lcg(42, 250000)
    total = stack_work(500000)
    s = sorted(data)
    total += s[0] + s[-1] + s[len(s) // 2]
    s2 = sorted(data, key=lambda v: (v % 1000, v))
    total += s2[10] + s2[-10]
    data.sort(reverse=True)
    total += data[5]
    sq = [v * v for v in data if v & 1]
    total += len(sq) + sq[100] % 1000
    for i in range(0, 200000, 3):
        total += sum(data[i:i + 5])
    rev = data[::-1]
    total += rev[0]
    ext = []
    for i in range(5000):
        ext.extend(data[i:i + 10])
    total += len(ext)
    small = list(range(200))
    for i in range(5000):
        if (i * 37) % 200 in small:
            total += small.index((i * 37) % 200)
    del small[10:50]
    small.insert(0, -1)
    total += len(small) + small[0]
    a = [[(i * j) % 7 for j in range(60)] for i in range(60)]
    b = [[(i + j) % 5 for j in range(60)] for i in range(60)]
    c = matmul(a, b)
    c = matmul(c, b)
    total += sum(sum(row) for row in c)
    print("checksum", total)


main()
