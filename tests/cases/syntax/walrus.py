# assignment expressions
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 10])
print(y)
vals = iter([3, 2, 1, 0, 5])
while (v := next(vals)) != 0:
    print('v', v)
print((z := 5) + z)
print([last := i for i in range(3)], last)
def f():
    [w := k for k in 'ab']
    return w
print(f())
total = 0
print(any((total := total + i) > 4 for i in range(10)), total)
print((a := 1, b := 2))
import sys
g = (q := 10)
print(g, q)
