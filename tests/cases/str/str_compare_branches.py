# Comparisons of two strs and `in` on a str, as conditions (the fused compare-and-jump
# path) and as values: equal objects and equal text, orderings, str subclasses with their
# own comparison, one-byte and longer needles, non-ASCII text and errors.


class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", str(self), other)
        return True

    __hash__ = str.__hash__

    def __lt__(self, other):
        print("Loud.__lt__")
        return False


def classify(ch):
    if ch == " " or ch == "\n":
        return "space"
    if ch in "{}[],:":
        return "punct"
    if "0" <= ch <= "9":
        return "digit"
    if ch not in "abc":
        return "other"
    return "abc"


print([classify(c) for c in "a {1}\n:9x,é"])
a = "hello"
b = "".join(["hel", "lo"])
print(a == b, a != b, a is b, a < b, a <= b, a > b, a >= b)
print("abc" < "abd", "abc" < "ab", "" < "a", "é" > "z", "z" < "€", "\U0001f600" > "\uffff")
x = "€uro"
print(x == "€uro", x != "€uro", "€" in x, "ur" in x, "e" in x, "" in x)
if Loud("q") == "r":
    print("subclass equal")
if not (Loud("q") < "r"):
    print("subclass not less")
print("a" in "abc", "d" in "abc", "bc" in "abc", "abcd" in "abc")
for s in ["b", "a", "c"]:
    if s > "a":
        print(s, "after a")
    else:
        print(s, "not after a")
try:
    if 1 in "abc":
        pass
except TypeError as e:
    print("TypeError", e)
try:
    if "a" < 1:
        pass
except TypeError as e:
    print("TypeError", e)
print(["x" == "x", "x" != "y", "x" in "xyz", "q" not in "xyz"])
