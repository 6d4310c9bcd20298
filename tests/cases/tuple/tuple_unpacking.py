# unpacking tuples in many contexts
a, b = (1, 2)
(c, d), e = (3, 4), 5
print(a, b, c, d, e)
for x, y in [(1, 'a'), (2, 'b')]:
    print(x, y)
def f():
    return 1, (2, 3)
p, (q, r) = f()
print(p, q, r)
first, *middle, last = (1, 2, 3, 4, 5)
print(first, middle, last, type(middle).__name__)
swap = (1, 2)
swap = swap[::-1]
print(swap)
print(*(1, 2), sep=':')
t = tuple(x * 2 for x in range(3))
print(t)
try:
    (a, b) = (1,)
except ValueError as ex:
    print(ex)
print(divmod(7, 2), tuple(zip((1, 2), 'ab')))
