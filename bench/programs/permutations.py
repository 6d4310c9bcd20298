# Permutations and combinatorics without itertools: lexicographic
# next-permutation, Heap's algorithm, recursive combinations, integer
# partitions with memoisation and counting derangements by brute force.


def next_permutation(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = a[i + 1:][::-1]
    return True


def heap_permutations(n):
    a = list(range(n))
    c = [0] * n
    yield a
    i = 0
    while i < n:
        if c[i] < i:
            if i % 2 == 0:
                a[0], a[i] = a[i], a[0]
            else:
                a[c[i]], a[i] = a[i], a[c[i]]
            yield a
            c[i] += 1
            i = 0
        else:
            c[i] = 0
            i += 1


def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first = items[0]
    rest = items[1:]
    with_first = [[first] + c for c in combinations(rest, k - 1)]
    return with_first + combinations(rest, k)


def partitions(n, largest, memo):
    if n == 0:
        return 1
    key = (n, largest)
    if key in memo:
        return memo[key]
    total = 0
    for k in range(min(n, largest), 0, -1):
        total += partitions(n - k, k, memo)
    memo[key] = total
    return total


def main():
    a = list(range(9))
    count = 0
    weighted = 0
    while True:
        count += 1
        weighted += a[0] * 9 + a[8]
        if not next_permutation(a):
            break
    derangements = 0
    for p in heap_permutations(9):
        for i in range(9):
            if p[i] == i:
                break
        else:
            derangements += 1
    combos = combinations(list(range(20)), 7)
    csum = 0
    for c in combos:
        csum += c[0] + c[-1]
    memo = {}
    parts = partitions(250, 250, memo)
    print("perms", count, "derangements", derangements, "combos", len(combos))
    print("p(250)", parts)
    print("checksum", (count + weighted + derangements * 3 + csum + parts) % 1000000007)


main()
