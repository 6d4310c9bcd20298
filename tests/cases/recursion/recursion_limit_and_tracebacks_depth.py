# the recursion depth available to Python code, measured relative to the limit
import sys
def depth_reached(limit):
    sys.setrecursionlimit(limit)
    def go(n):
        try:
            return go(n + 1)
        except RecursionError:
            return n
    try:
        return go(1)
    finally:
        sys.setrecursionlimit(1000)
for limit in [100, 500, 2000]:
    d = depth_reached(limit)
    print(limit, limit - 20 <= d <= limit)
