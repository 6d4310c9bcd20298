# Recursive Python-to-Python calls: naive Fibonacci, plus a mutually
# recursive pair and a recursive function with keyword/default arguments.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def tak(x, y, z=0):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), z=tak(z - 1, x, y))


def main():
    total = fib(32)
    evens = 0
    for i in range(5000):
        if is_even(i % 400):
            evens += 1
    t = tak(18, 12, 6)
    print("fib", total, "evens", evens, "tak", t)
    print("checksum", total * 7 + evens * 3 + t)


main()
