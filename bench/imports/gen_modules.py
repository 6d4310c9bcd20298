"""Generate the import benchmark: N small modules plus a driver.

Usage:  python3 gen_modules.py N DIR

Creates DIR (which must not exist or be empty) containing
  m0000.py .. m{N-1}.py   small modules: constants, a function, a class,
                          and one `from ... import` of an earlier module
  import_all.py           the driver: imports every module in order and
                          sums their VALUE attributes
  main.py                 the script to run: `import import_all` and print
                          the checksum

Run `INTERP main.py` with DIR as the current directory.  The first run is
"cold" (no __pycache__ yet); a second run is "cached" and should load the
bytecode cache the first run wrote (CPython: __pycache__/NAME.cpython-311.pyc,
kaa: __pycache__/NAME.kaa-311.pyc).  Only builtins are used by the
generated code, so it runs on a young interpreter.
"""

import os
import sys

MODULE_TEMPLATE = '''"""Generated module {name} (import benchmark)."""

CONST = {i}
NAMES = ("a{i}", "b{i}", "c{i}")
TABLE = {{"x": {i}, "y": {i2}, "z": [{i}, {i3}]}}
{parent_import}

def helper(x, y=2):
    """Return a small combination of the inputs."""
    if x > y:
        return x * y + CONST
    return x + y - CONST


def describe(v):
    return "{name}:" + str(v)


class Item{i}:
    kind = "{name}"

    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value + CONST

    def __repr__(self):
        return "Item{i}(%r)" % (self.value,)


VALUE = helper(3) + Item{i}(1).get() + len(NAMES) + TABLE["y"] + PARENT % 7
'''


def module_name(i):
    return "m%04d" % i


def generate(n, directory):
    os.makedirs(directory, exist_ok=True)
    for i in range(n):
        name = module_name(i)
        if i == 0:
            parent_import = "PARENT = 1"
        else:
            parent_import = "from %s import CONST as PARENT" % module_name(i // 2)
        text = MODULE_TEMPLATE.format(name=name, i=i, i2=2 * i, i3=3 * i,
                                      parent_import=parent_import)
        with open(os.path.join(directory, name + ".py"), "w") as f:
            f.write(text)
    lines = ['"""Import every generated module and sum their VALUEs."""', ""]
    for i in range(n):
        lines.append("import %s" % module_name(i))
    lines.append("")
    lines.append("TOTAL = 0")
    for i in range(n):
        lines.append("TOTAL += %s.VALUE" % module_name(i))
    lines.append("COUNT = %d" % n)
    with open(os.path.join(directory, "import_all.py"), "w") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(directory, "main.py"), "w") as f:
        f.write("import import_all\n"
                "print(\"modules\", import_all.COUNT)\n"
                "print(\"checksum\", import_all.TOTAL)\n")


def expected_checksum(n):
    total = 0
    for i in range(n):
        parent = 1 if i == 0 else i // 2
        helper = 3 * 2 + i if 3 > 2 else 0
        total += helper + (1 + i) + 3 + 2 * i + parent % 7
    return total


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    generate(int(argv[1]), argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
