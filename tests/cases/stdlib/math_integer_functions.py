# math's integer helpers on big values
import math
print(math.factorial(30), math.comb(50, 25), math.perm(10), math.perm(10, 3))
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 10, 3 ** 5, 10), math.isqrt(10 ** 50), math.isqrt(99))
print(math.prod(range(1, 21)), math.prod([]), math.prod([2.5, 2]), math.fsum([1e100, 1, -1e100]))
print(math.floor(10 ** 20 + 0.5), math.ceil(-1e-300), math.trunc(-(10 ** 20) - 0.5))
for call in [lambda: math.comb(5, -1), lambda: math.comb(5.0, 2), lambda: math.gcd(1.5), lambda: math.isqrt(1.5)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.log(2 ** 1000), math.log2(2 ** 1000), math.log10(10 ** 300), math.sqrt(10 ** 300))
