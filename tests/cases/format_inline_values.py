# f-strings, format() and str() of inline numbers, bools and None (formatted without a
# __format__ call when the spec is empty) agree with the full protocol.
for i in [0, 7, -7, 10, 99, -100, 2**63 - 1, -2**63, 123456789, 2**64]:
    print(str(i), f"{i}", f"{i!r}", format(i, ""), "{}".format(i), f"{i:>4}")
for v in [True, False, None, 1.5, -0.0, 1e300, float("nan"), 0.1 + 0.2]:
    print(f"{v}", format(v, ""), "{}|{!s}".format(v, v), str(v))


class I(int):
    def __format__(self, spec):
        return "I!" + spec


class S(str):
    pass


print(f"{I(3)}", format(I(4), "x"), f"{S('s')}", type(f"{S('s')}").__name__)
print(str(S("t")), type(str(S("t"))).__name__, str(), str(b"ab"), str(b"ab", "ascii"))
try:
    format(None, "d")
except TypeError as e:
    print(e)
try:
    f"{3:q}"
except ValueError as e:
    print(e)
