# breaking out of nested loops with flags and functions
def first_pair(target):
    for i in range(10):
        for j in range(10):
            if i * j == target:
                return i, j
    return None
print(first_pair(12), first_pair(97))
found = None
for i in range(5):
    for j in range(5):
        if i + j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
class Found(Exception):
    pass
try:
    for a in 'abc':
        for b in 'xyz':
            if a + b == 'by':
                raise Found(a + b)
except Found as e:
    print('found', e)
count = 0
for i in range(4):
    for j in range(4):
        if j > i:
            continue
        count += 1
print(count)
