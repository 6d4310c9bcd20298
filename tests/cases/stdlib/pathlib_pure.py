# pathlib's pure paths: construction, normalisation, components, derived paths, comparison.
import os
import pathlib
from pathlib import PurePath, PurePosixPath, Path, PosixPath

print(type(PurePath("a")).__name__, type(Path("a")).__name__)
for args in [("a",), ("a/b",), ("a//b",), ("a/./b",), ("a/b/",), ("./a",), ("",), (".",),
             ("a/..",), ("../a",), ("/",), ("//",), ("///",), ("//a/b",), ("///a/b",),
             ("/a//b/.",), ("a", "b"), ("a", "/b", "c"), ("/a", "//b"), ("//a", "b"),
             ("a", ""), (), ("a", "./b", "."), ("~/x",)]:
    p = PurePosixPath(*args)
    print(repr(args), repr(p), str(p), p.parts, repr(p.root), repr(p.anchor), repr(p.drive))

p = PurePath(PurePath("x"), "y", Path("z"))
print(repr(p), repr(Path(PurePath("q"), "r")))
print(repr(PosixPath("a/b")), repr(Path("/etc", "passwd")))
print(os.fspath(PurePath("a/b")), bytes(PurePath("a/é")), str(Path("a") / "b"))

# joining
print(repr(PurePath("a") / "b" / "c"), repr("x" / PurePath("y")), repr(Path("a") / PurePath("/b")))
print(repr(PurePath("a").joinpath("b", "c")), repr(PurePath("a").joinpath("/r", "s")))
print(type("x" / Path("y")).__name__, type(PurePath("x") / Path("y")).__name__)
print(repr(PurePath("a") / Path("b")))

# components
for s in ["a/b.txt", "a/b.tar.gz", ".bashrc", "a.", "a..b", "a/b", "/", "", "x/.hidden.txt",
          "a/b.c.", "..", "a/..b"]:
    p = PurePath(s)
    print(repr(s), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), repr(p.parent))

# parents
p = PurePath("/a/b/c")
print(p.parents, len(p.parents), list(p.parents))
print(p.parents[0], p.parents[2], p.parents[-1], p.parents[-3], p.parents[1:], p.parents[::-1])
print(list(PurePath("a/b/c").parents), list(PurePath("a").parents), list(PurePath(".").parents))
print(PurePath("a/b") in PurePath("a/b/c").parents, PurePath("//x/y").parents[-1])
for idx in [3, -4, 10]:
    try:
        p.parents[idx]
    except IndexError as e:
        print("IndexError", repr(e))
print(repr(PurePath("/").parent), repr(PurePath(".").parent), repr(PurePath("a").parent))

# with_*
p = PurePath("d/file.tar.gz")
print(p.with_name("x.py"), p.with_stem("other"), p.with_suffix(".bz2"), p.with_suffix(""))
print(PurePath("a").with_suffix(".txt"), PurePath("a.b").with_stem("c"), PurePath(".x").with_suffix(".y"))

# relative_to / is_relative_to
print(PurePath("/a/b/c").relative_to("/a"), PurePath("/a/b").relative_to("/a/b"),
      PurePath("a/b").relative_to("a"), PurePath("a/b").relative_to(""),
      PurePath("/a/b/c").relative_to("/a", "b"), PurePath("/a/b").relative_to("/"))
print(PurePath("/a/b").is_relative_to("/a"), PurePath("/a/b").is_relative_to("/c"),
      PurePath("a").is_relative_to("/a"), PurePath("a/b").is_relative_to("a/b"))

# absolute, match, as_posix, as_uri
for s in ["a", "/a", "//a", ""]:
    print(repr(s), PurePath(s).is_absolute(), PurePath(s).is_reserved(), PurePath(s).as_posix())
for s, pat in [("a/b.py", "*.py"), ("/a/b/c.py", "b/*.py"), ("/a/b/c.py", "a/*.py"),
               ("/a/b.py", "/*.py"), ("/a.py", "/*.py"), ("a/b.py", "/a/b.py"),
               ("a/b", "a/b/c"), ("a/b", "*"), ("a/b", "?/[a-c]"), ("A.PY", "*.py"),
               ("a/b", "a/*"), ("//a", "/a"), ("//a", "//a"), ("a/.b", "*")]:
    print(s, pat, PurePath(s).match(pat))
print(PurePath("/a b/c%d/é~_.-").as_uri(), PurePath("/").as_uri(), PurePath("//host/x").as_uri())

# equality, hashing, ordering
print(PurePath("a/b") == PurePath("a//b/"), PurePath("a") == PosixPath("a"), PurePath("a") == "a",
      PurePath("a") != PurePath("b"), PurePath("/a") == PurePath("//a"))
print(hash(PurePath("a/b")) == hash(PurePath("a/./b")), hash(PurePath("a/b")) == hash(("a", "b")))
print(len({PurePath("a"), PurePath("a/"), Path("a"), PurePath("b")}))
ps = [PurePath(s) for s in ["b", "/a", "a/b", "a", "//a", "a/B", "..", "a.b"]]
print(sorted(ps))
print(PurePath("a") < PurePath("b"), PurePath("a") <= PurePath("a"), PurePath("b") > PurePath("a/b"),
      PurePath("/z") >= PurePath("a"))
print(PurePath("a").__lt__("a"), PurePath("a").__eq__(1))

# slots, classes, pickling protocol
print(PurePath.__mro__[-2:], [c.__name__ for c in PosixPath.__mro__])
print(PurePath("a/b").__reduce__(), PurePath("/a").__reduce__())
import copy
print(repr(copy.copy(PurePath("a/b"))), repr(copy.deepcopy(Path("/x/y"))))
class MyPath(PurePosixPath):
    pass
m = MyPath("a", "b")
print(repr(m), repr(m.parent), repr(m / "c"), m.parents, repr(m.with_name("z")), repr("q" / m))
print(isinstance(PurePath("a"), os.PathLike), issubclass(PosixPath, os.PathLike))
