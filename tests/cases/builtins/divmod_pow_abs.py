# divmod(), pow(), abs()
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 3), divmod(True, 2))
print(pow(2, 8), pow(2, -2), pow(2, 8, 5), pow(-2, 3), pow(2.5, 2), pow(4, 0.5), pow(-1, 0.5))
print(pow(base=2, exp=3), pow(2, 3, mod=3))
print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2 ** 80))
class A:
    def __abs__(self): return 'abs called'
print(abs(A()))
for call in [lambda: divmod(1, 0), lambda: divmod('a', 1), lambda: pow('a', 2), lambda: abs('x'), lambda: abs(None)]:
    try:
        call()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
