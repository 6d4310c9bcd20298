# pathlib: subclasses, argument type errors, parents slicing, odd glob and mkdir cases.
import os, sys
from pathlib import *
def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
class P(Path): pass
attempt("Path subclass", lambda: P("a"))
class Q(PosixPath):
    def hello(self): return "hi " + self.name
q = Q("x/y")
print(repr(q), q.hello(), repr(q.parent), type(Q.cwd()).__name__, repr(q / "z"), q.parents[0].hello())
attempt("lchmod", lambda: Path("nothere").lchmod(0o644))
attempt("expanduser ~nosuchuser", lambda: Path("~nosuchuserxyz/a").expanduser())
print(PurePosixPath("a") < PosixPath("b"), PurePosixPath("a") == PosixPath("a"))
print(PurePath("a/b/c/d").parents[-1:-3:-1], PurePath("a/b/c/d").parents[::2], PurePath("a/b").parents[5:])
print(Path("a/b").is_relative_to("a", "b"), Path("/a/b").is_relative_to("/a", "b", "c"))
attempt("glob int", lambda: list(Path(".").glob(3)))
attempt("Path kwargs", lambda: Path("a", foo=1))
attempt("PurePath kwargs", lambda: PurePath("a", foo=1))
attempt("with_suffix None", lambda: PurePath("a").with_suffix(None))
attempt("with_name int", lambda: PurePath("a").with_name(3))
attempt("match int", lambda: PurePath("a").match(3))
attempt("relative_to None", lambda: PurePath("a").relative_to(None))
attempt("rtruediv int", lambda: 3 / PurePath("a"))
attempt("samefile int", lambda: Path(".").samefile(3))
attempt("readlink missing", lambda: Path("nothere").readlink())
attempt("rename int", lambda: Path("nothere").rename(3))
attempt("mkdir '/'", lambda: Path("/").mkdir())
attempt("mkdir parents root", lambda: Path("/").mkdir(parents=True))
attempt("write_text int", lambda: Path("w.txt").write_text(3))
attempt("write_bytes int", lambda: Path("w.bin").write_bytes(3))
attempt("write_bytes list", lambda: Path("w.bin").write_bytes([1]))
attempt("open bad mode", lambda: Path("w.bin").open("rz"))
attempt("touch dir", lambda: Path(".").touch())
attempt("eq", lambda: Path(".") == Path(""))


attempt("fspath subclass", lambda: os.fspath(Q("a")))
attempt("parents eq", lambda: PurePath("a").parents == PurePath("a").parents)
attempt("parents bool", lambda: bool(PurePath("a").parents))
attempt("parents count", lambda: PurePath("a/b/a").parents.index(PurePath("a")))
attempt("parents neg slice", lambda: PurePath("/a/b").parents[-1])
attempt("parents float", lambda: PurePath("/a/b").parents[1.0])
print(sorted(Path("/dev").glob("nul?")), sorted(Path("/").glob("dev/null")))
