# while/else and loop control
n = 0
while n < 3:
    n += 1
else:
    print('while else, n =', n)
n = 0
while True:
    n += 1
    if n == 5:
        break
else:
    print('never')
print('broke at', n)
i = 0
evens = []
while i < 10:
    i += 1
    if i % 2:
        continue
    evens.append(i)
print(evens)
while False:
    print('never')
else:
    print('else of never-run loop')
stack = [1, [2, [3]]]
depth = 0
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(top)
        depth += 1
    else:
        print('leaf', top)
print('depth', depth)
