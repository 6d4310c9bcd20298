# while loops with compound conditions, walrus and side effects
items = [3, 1, 4, 1, 5, 9, 2, 6]
i = 0
while i < len(items) and items[i] != 9:
    i += 1
print('found 9 at', i)
stack = list(range(5))
while stack and (top := stack.pop()) > 1:
    print('popped', top)
print('stopped with', top, stack)
a, b = 0, 1
fibs = []
while (a := a + b) < 50 if False else len(fibs) < 10:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
