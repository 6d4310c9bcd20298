# recursion up to the raised limit works
import sys
sys.setrecursionlimit(20000)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(15000))
def build(n):
    return [] if n == 0 else [build(n - 1)]
nested = build(5000)
depth = 0
while nested:
    nested = nested[0]
    depth += 1
print(depth)
