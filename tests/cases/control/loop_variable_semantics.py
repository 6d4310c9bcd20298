# loop targets, mutation of the iterated list, nested loops
for i in range(3):
    pass
print(i)
for i in range(3):
    i = 100
print(i)
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
print(lst)
lst = [1, 2]
out = []
for x in lst:
    out.append(x)
    if len(lst) < 5:
        lst.append(x * 10)
print(out)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
d = {}
for d['key'] in 'ab':
    pass
print(d)
for _ in []:
    never = 1
print('never' in dir())
for i, ch in enumerate('xy', start=10):
    print(i, ch)
