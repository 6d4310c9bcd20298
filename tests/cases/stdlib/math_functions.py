# math module basics
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2))
print(math.log10(1000), math.log2(1024), math.log1p(0), math.expm1(0))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7), math.fabs(-3), math.copysign(3, -0.0))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isclose(1, 1 + 1e-10))
print(math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), math.remainder(7, 3))
for call in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5),
             lambda: math.exp(1000), lambda: math.isqrt(-1), lambda: math.acos(2)]:
    try:
        call()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
