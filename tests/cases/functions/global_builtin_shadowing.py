# LOAD_GLOBAL caching: globals shadowing builtins appearing and going away,
# builtins patched, and globals rebound between calls of the same code.
import builtins


def use_len():
    return len("abc")


def use_g():
    return g


print(use_len())
len = lambda s: 99
print(use_len())
del len
print(use_len())
builtins.len = lambda s: -1
print(use_len())
del builtins.len
try:
    use_len()
except NameError as e:
    print("NameError:", e)
import importlib
builtins.len = importlib.import_module("builtins").__dict__.get("len") or (lambda s: 3)
g = 1
print(use_g())
g = 2
print(use_g())
builtins.g = "from builtins"
print(use_g())
del g
print(use_g())
del builtins.g
try:
    use_g()
except NameError as e:
    print("NameError:", e)
for i in range(3):
    g = i
    print(use_g(), end=" ")
print()
