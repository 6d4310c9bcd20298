# `in` on str, list and tuple (exact and subclassed), with identity before
# equality, __eq__ raising, and str methods' argument errors.
class S(str):
    def __contains__(self, x):
        return "custom"


class L(list):
    def __contains__(self, x):
        return 0


class Eq:
    def __eq__(self, other):
        print("Eq.__eq__ called")
        return True


class Boom:
    def __eq__(self, other):
        raise ValueError("boom")


nan = float("nan")
print("et" in "beta", "" in "", "x" in "", "é" in "café", S("a") in "cat")
print("z" in S("abc"), 1 in L([1]), nan in [nan], nan in (nan,), [nan] == [nan])
print(Eq() in [1, 2], Eq() in (3,), 2 in (1, 2.0), [] in [[], 1])
try:
    Boom() in [1]
except ValueError as e:
    print("ValueError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
try:
    None in ("a",) and 5 in "x"
except TypeError as e:
    print("TypeError:", e)
for call in [
    lambda: "ab".strip(1),
    lambda: "ab".strip("a", "b"),
    lambda: "ab".lstrip(chars="a"),
    lambda: "ab".find(),
    lambda: "ab".count("a", 1, 2, 3),
    lambda: "ab".startswith(),
    lambda: "ab".removeprefix(),
    lambda: "ab".removesuffix(x="a"),
    lambda: "ab".find(1),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print("  xyabcxy ".strip(" xy"), "aabbaa".lstrip("ab"), "aabbaa".rstrip("a"), "abcabc".count("bc", 1), "abcabc".rfind("bc", 0, 4))
