import warnings, sys
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
def show(f):
    b = Buf(); old = sys.stderr; sys.stderr = b
    try: f()
    finally: sys.stderr = old
    print(repr(''.join(b.parts)))
show(lambda: warnings.warn_explicit("explicit msg", UserWarning, "some_file.py", 12))
show(lambda: warnings.warn_explicit("dep", DeprecationWarning, "mod.py", 3, module="mymod"))
show(lambda: warnings.warn_explicit("dep main", DeprecationWarning, "mod.py", 3, module="__main__"))
print(warnings.formatwarning("fmt", RuntimeWarning, "f.py", 7, line="  x = 1  "))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    warnings.warn(DeprecationWarning("dep recorded"))
    warnings.warn("again", stacklevel=1)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try: warnings.warn("to error", RuntimeWarning)
    except RuntimeWarning as e: print("raised", repr(e))
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="ign")
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("default")
        warnings.filterwarnings("ignore", message="ign")
        warnings.warn("ignored msg"); warnings.warn("shown msg")
        print([str(x.message) for x in w])
try: warnings.warn("x", category=int)
except TypeError as e: print(e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3): warnings.warn_explicit("o", UserWarning, "a.py", i)
    print(len(w))
print(warnings.catch_warnings(record=True))
print([f[0] for f in warnings.filters], warnings.filters[0][2].__name__)
print(str(warnings.WarningMessage("m", UserWarning, "f", 1)))
