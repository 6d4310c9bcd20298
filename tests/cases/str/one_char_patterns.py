# str methods with a one-character (ASCII) pattern against longer patterns and non-ASCII
# text: find/rfind/index with bounds, count, replace (with and without a count), split.
s = "banana é banana"
for sub in ["a", "n", "é", "an", "ana", "z", " "]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.rfind(sub, 0, 9), s.count(sub, 2, 12))
print(s.index("b", 1), s.rindex("a", 0, 5))
print(s.replace("a", "o"), s.replace("a", "", 2), s.replace("é", "e"), s.replace("a", "aa"))
print(s.split("a"), s.split("a", 2), s.split(" "), s.split("é"), "a,b,,c".split(","))
print("".find("a"), "".count("a"), "aaa".count("a"), "aaa".count("aa"), "x".replace("x", "yy"))
try:
    s.index("q")
except ValueError as e:
    print("ValueError", e)
print("€a€a".find("a"), "€a€a".rfind("a"), "€a€a".count("a"), "€a€a".split("a"))
