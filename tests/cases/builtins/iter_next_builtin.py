# iter() with and without sentinel, next() with default
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
vals = [3, 2, 1, 0, -1]
def pop():
    return vals.pop(0)
print(list(iter(pop, 0)), vals)
count = 0
def counter():
    global count
    count += 1
    return count
print(list(iter(counter, 4)))
try:
    iter(5, 0)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
s = iter('ab')
print(iter(s) is s, list(s))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter('')).__name__, type(iter({})).__name__, type(iter(set())).__name__)
print(type(iter(pop, 1)).__name__)
