# str.join over lists and tuples (read in place), other iterables, one-item sequences
# (the item itself when it is an exact str), str subclasses and the error for a non-str.
class S(str):
    pass


class L(list):
    def __iter__(self):
        return iter(["from", "iter"])


parts = ["a", "bb", "", "ccc"]
print("-".join(parts), "".join(parts), ", ".join(("x", "y")), "|".join(c for c in "abc"))
print("+".join({"k": 1, "j": 2}), "".join([]), repr(", ".join(())), "ab".join("xyz"))
one = "only"
print(" ".join([one]) is one, type(" ".join([S("sub")])).__name__, " ".join([S("sub")]))
print("/".join(L(["ignored"])), "€".join(["α", "β"]), len("é".join(["x"] * 1000)))
for bad in (["a", 1, "b"], ("a", None), [b"x"]):
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    "-".join(5)
except TypeError as e:
    print("TypeError", e)
big = [str(i % 10) for i in range(100000)]
print(len("".join(big)), "".join(big)[:12])
