# FOR_ITER's specialised range/list/tuple forms: exhaustion, mutation while iterating,
# re-use of an exhausted iterator, and nested loops over one iterator.
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.append(4)
    print(x, end=" ")
print()
it = iter([5, 6])
print(list(it), list(it))
for x in it:
    print("never")
r = iter(range(3))
for a in r:
    for b in r:
        print(a, b)
print(next(r, "done"))
t = (1, 2)
it = iter(t)
print(next(it), next(it), next(it, "end"))
l = [1, 2, 3, 4]
for x in l:
    del l[0]
    print(x, l)
for i in range(5, 0, -2):
    print(i, end=" ")
print()
for i in range(2**62, 2**62 + 3):
    print(i)
print(len([]), len("héllo"), len((1,)), len({1: 2}))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    len([], [])
except TypeError as e:
    print(e)
try:
    len(x=[])
except TypeError as e:
    print(e)
