# Building strings with += (kaa grows a string in place when nothing else sees it): aliases,
# the same string on both sides, non-ASCII text, hashes and dict keys stay right.


def build(n):
    acc = ""
    for i in range(n):
        acc += chr(97 + i % 26)
    return acc


s = build(1000)
print(len(s), s[:30], s[-5:], hash(s) == hash(build(1000)))

acc = "start"
alias = acc
acc += "-more"
print(alias, acc)

d = {}
k = "key"
d[k] = 1
k += "2"
print(d, k, "key2" in {k: 0})

x = "ab"
x += x
x += x
print(x)

u = "é"
for i in range(5):
    u += "ü€"
print(u, len(u), u[3], u.encode("utf-8"))

h = "hash"
before = hash(h)
h += "ed"
print(hash(h) == hash("hashed"), before == hash("hash"))


def local_then_global():
    t = "a"
    t = t + "b"
    t = "c" + t
    return t


print(local_then_global())


class S(str):
    pass


v = S("sub")
v += "x"
print(type(v).__name__, v)
w = "w"
w += S("y")
print(type(w).__name__, w)
parts = []
p = "p"
for i in range(3):
    p += str(i)
    parts.append(p)
print(parts)
