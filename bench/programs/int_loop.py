# Integer arithmetic in tight loops: while and for loops, comparisons,
# bit operations, floor division and modulo on small ints.


def collatz_steps(limit):
    total = 0
    longest = 0
    for n in range(1, limit):
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        total += steps
        if steps > longest:
            longest = steps
    return total, longest


def gcd_sum(n):
    s = 0
    for a in range(1, n):
        x = a
        y = n * 7 + a * 3
        while y:
            x, y = y, x % y
        s += x
    return s


def hash_mix(n):
    h = 0
    i = 0
    while i < n:
        h = (h * 31 + i) & 0xFFFFFFFF
        h ^= h >> 13
        i += 1
    return h


def digit_sums(n):
    total = 0
    for i in range(n):
        x = i
        while x > 0:
            total += x % 10
            x //= 10
    return total


def main():
    total, longest = collatz_steps(40000)
    g = gcd_sum(80000)
    h = hash_mix(400000)
    d = digit_sums(130000)
    print("collatz", total, longest)
    print("gcd", g, "hash", h, "digits", d)
    print("checksum", (total + longest * 3 + g * 5 + h * 7 + d) % 1000000007)


main()
