# +, *, ==, <, in, augmented operators
a, b = [1, 2], [3]
print(a + b, a * 2, 0 * a, [None] * 3, a * -1)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1] < [1, 0], [] < [0], [2] > [1, 9])
print(2 in a, 5 not in a, [1] in [[1]], a.__contains__(1))
c = a
c += b
print(a, c is a)
c = c + [4]
print(a, c)
d = [[]] * 2
d[0].append('shared')
print(d)
e = [[] for _ in range(2)]
e[0].append('separate')
print(e)
for call in [lambda: [1] + (1,), lambda: [1] * 1.5, lambda: [1] < [None], lambda: [1] - [1]]:
    try:
        call()
    except TypeError as e:
        print(e)
l = [1]
l += 'ab'
l += range(2)
print(l)
l *= 2
print(l)
