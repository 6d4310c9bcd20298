# modifying a list while iterating over it
l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 3]
seen = []
for x in l:
    seen.append(x)
    if x == 1:
        l.insert(0, 0)
    if len(seen) > 5:
        break
print(seen)
l = [1, 2, 3]
it = iter(l)
next(it)
l.clear()
print(list(it))
l = [1, 2]
it = iter(l)
l.extend([3, 4])
print(list(it))
r = reversed([1, 2, 3])
print(list(r), list(r))
