# Creates and drops a million reference cycles (pairs of objects pointing at each other,
# and self-referencing lists). Peak memory stays bounded only if a cycle collector runs;
# run with `gc.disable()` (argument "nogc") to see the unbounded growth.
import gc
import sys

if len(sys.argv) > 1 and sys.argv[1] == "nogc":
    gc.disable()


class Node:
    __slots__ = ("other", "value")

    def __init__(self, value):
        self.value = value
        self.other = None


total = 0
for i in range(500_000):
    a = Node(i)
    b = Node(i + 1)
    a.other = b
    b.other = a
    lst = [i]
    lst.append(lst)
    total += a.value + b.other.value + len(lst)
print("checksum", total)
