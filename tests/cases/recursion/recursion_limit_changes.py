# sys.setrecursionlimit affects the maximum depth
import sys
print(sys.getrecursionlimit())
def measure():
    def go(n):
        try:
            return go(n + 1)
        except RecursionError:
            return n
    return go(0)
sys.setrecursionlimit(300)
low = measure()
sys.setrecursionlimit(3000)
high = measure()
print(low < 300, high > 2500, high > low)
sys.setrecursionlimit(1000)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print(e)
