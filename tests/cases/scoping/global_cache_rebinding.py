# Global and module-level name lookups cached per instruction: rebinding a name, deleting
# it (falling back to the builtin), shadowing a builtin later, and exec namespaces.
import builtins

counter = 0
for i in range(50):
    counter = counter + i
    if i == 25:
        len = lambda x: -1
    if i == 30:
        del len
    total = len([counter]) + counter
print(counter, total)


def read():
    return flag, abs(-3)


flag = "a"
out = []
for i in range(40):
    if i == 10:
        flag = "b"
    if i == 20:
        globals()["abs"] = lambda x: "shadowed"
    if i == 30:
        del globals()["abs"]
    if i == 35:
        saved_abs, builtins.abs = builtins.abs, lambda x: "patched builtin"
    out.append(read())
builtins.abs = saved_abs
print(sorted(set(map(str, out))))


def grow():
    for i in range(20):
        globals()["k%d" % i] = i
    return k19 + read()[1]


print(grow())

ns = {}
exec("n = 0\nfor j in range(30):\n    n = n + j\n    if j == 5:\n        len = min\nres = (n, len([1, 2]) if 'len' in dir() else 0)", ns)
print(ns["n"], ns["res"])


class D(dict):
    def __getitem__(self, k):
        if k == "magic":
            return 42
        return dict.__getitem__(self, k)


src = "out = []\nfor q in range(3):\n    out.append(magic)\n"
d = D()
exec(src, {}, d)
print(d["out"])
try:
    for i in range(30):
        if i == 20:
            del counter
        counter
except NameError as e:
    print("NameError:", e)
