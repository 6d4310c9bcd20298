# pathlib's concrete paths on the file system (in the current directory, a fresh folder).
import os
from pathlib import Path, PosixPath, PurePath

cwd = Path.cwd()
print(type(cwd).__name__, cwd == Path(os.getcwd()), cwd.is_absolute())
print(Path.home() == Path(os.path.expanduser("~")), Path("~/x").expanduser() == Path.home() / "x")
print(Path("x/~").expanduser(), Path("/~").expanduser())
print(Path("a/b").absolute() == cwd / "a" / "b", Path("/x/y").absolute())

# creating
base = Path("tree")
print(base.exists(), base.is_dir(), base.is_file(), base.is_symlink())
base.mkdir()
print(base.exists(), base.is_dir(), base.is_file())
(base / "sub" / "deep").mkdir(parents=True)
(base / "sub").mkdir(exist_ok=True)
(base / "sub" / "deep").mkdir(parents=True, exist_ok=True)
print((base / "sub" / "deep").is_dir())

f = base / "hello.txt"
print(f.write_text("hello\nworld\n"), repr(f.read_text()), f.read_bytes())
print(f.write_bytes(b"\x00\x01bytes"), f.read_bytes(), f.stat().st_size)
print(f.write_bytes(bytearray(b"ba")), f.read_bytes())
print((base / "u.txt").write_text("é€", encoding="utf-8"), (base / "u.txt").read_bytes(),
      (base / "u.txt").read_text(encoding="utf-8"))
print((base / "nl.txt").write_text("a\nb\n", newline="\r\n"), (base / "nl.txt").read_bytes())
with (base / "o.txt").open("w") as fh:
    fh.write("via open\n")
with (base / "o.txt").open() as fh:
    print(repr(fh.read()), fh.name)
with (base / "o.txt").open("ab") as fh:
    fh.write(b"more\n")
print((base / "o.txt").read_text().splitlines())

(base / "empty").touch()
(base / "empty").touch()
print((base / "empty").exists(), (base / "empty").stat().st_size, (base / "empty").is_file())
(base / "mode").touch(mode=0o600)
print(oct((base / "mode").stat().st_mode & 0o777))
(base / "mode").chmod(0o640)
print(oct((base / "mode").stat().st_mode & 0o777))
for name in ["a.py", "b.py", "c.txt", ".hidden.py", "sub/d.py", "sub/deep/e.py", "sub/deep/f.txt"]:
    (base / name).write_text(name)

# listing
print(sorted(base.iterdir()))
print(sorted(p.name for p in (base / "sub").iterdir()))
print(sorted(base.glob("*.py")))
print(sorted(base.glob("*")))
print(sorted(base.glob("s*/*")))
print(sorted(base.glob("*/")))
print(sorted(base.glob("**/*.py")))
print(sorted(base.glob("**")))
print(sorted(base.glob("**/")))
print(sorted(base.glob("sub/**/*.txt")))
print(sorted(base.glob("sub/deep/e.py")), sorted(base.glob("sub/nothere.py")), sorted(base.glob("?.py")))
print(sorted(base.glob("[ab].py")), sorted(base.glob("[!ab]*")))
print(sorted(base.rglob("*.py")))
print(sorted(base.rglob("*.txt")))
print(sorted(base.rglob("deep")), sorted(base.rglob("deep/*")))
print(sorted(base.rglob("*/")))
print(sorted(Path("nothere").glob("*")), sorted(f.glob("*")))
os.chdir(base)
print(sorted(Path(".").glob("*.py")), sorted(Path().rglob("e.py")))
print(sorted(Path("").glob("sub")), sorted(Path(".").glob("**"))[:2])
os.chdir("..")

# symbolic links
link = base / "link.txt"
link.symlink_to("c.txt")
print(link.is_symlink(), link.is_file(), link.exists(), link.readlink(), type(link.readlink()).__name__)
print(link.read_text(), link.samefile(base / "c.txt"), link.samefile(str(base / "c.txt")),
      link.samefile(base / "a.py"))
print(link.lstat().st_size == len("c.txt"), link.stat().st_size)
dlink = base / "dlink"
dlink.symlink_to("sub", target_is_directory=True)
print(dlink.is_dir(), dlink.is_symlink(), sorted(p.name for p in dlink.iterdir()))
print(sorted(base.glob("dlink/*.py")), sorted(base.rglob("d.py")))
broken = base / "broken"
broken.symlink_to("nowhere")
print(broken.exists(), broken.is_symlink(), broken.is_file(), broken.readlink())
print(link.resolve() == (cwd / base / "c.txt"), broken.resolve() == cwd / base / "nowhere")
print(Path("tree/sub/../a.py").resolve() == cwd / "tree" / "a.py", Path(".").resolve() == cwd)
print(Path("tree/./sub/deep/..").resolve().relative_to(cwd))
hard = base / "hard.txt"
hard.hardlink_to(base / "a.py")
print(hard.read_text(), hard.samefile(base / "a.py"), hard.stat().st_nlink)

# renaming and removing
r = (base / "a.py").rename(base / "renamed.py")
print(repr(r), r.exists(), (base / "a.py").exists())
r2 = r.replace(base / "b.py")
print(repr(r2), r2.read_text(), r.exists())
r3 = Path(str(base / "c.txt")).rename(str(base / "c2.txt"))
print(type(r3).__name__, r3)
(base / "empty").unlink()
(base / "empty").unlink(missing_ok=True)
print((base / "empty").exists())
for p in sorted(base.rglob("*"), key=lambda p: len(p.parts), reverse=True):
    if p.is_dir() and not p.is_symlink():
        for q in p.iterdir():
            if not q.is_dir() or q.is_symlink():
                q.unlink()
        p.rmdir()
for q in base.iterdir():
    q.unlink()
base.rmdir()
print(base.exists(), Path("tree") in Path(".").iterdir())

# queries on odd paths
print(Path("").exists(), Path(".").is_dir(), Path("/").is_dir(), Path("/").is_mount())
print(Path("nothere").is_dir(), Path("nothere/x").is_file(), Path("nothere").is_symlink())
print(Path("/dev/null").is_char_device(), Path("/dev/null").is_block_device(), Path("/dev/null").is_fifo(),
      Path("/dev/null").is_socket(), Path("/dev/null").is_file())
print(os.fspath(Path("x") / "y"), str(PurePath("a") / Path("b")), os.path.join(Path("a"), "b"))
print(os.path.exists(Path(".")), "tree" in os.listdir(Path(".")))
