# iterating ranges, including big and negative ones
total = 0
for i in range(1, 101):
    total += i
print(total)
print(sum(range(0, 1000, 7)), max(range(-5, 5)), min(range(10, 0, -1)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, 'done'))
r = range(2 ** 63 - 2, 2 ** 63 + 2)
print(list(r), len(r))
r = range(-(2 ** 63) + 1, -(2 ** 63) - 2, -1)
print(list(r))
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))))
print([x for x in range(20) if x % 6 == 0], sorted(range(5), reverse=True))
print(type(iter(range(3))).__name__, type(iter(range(2 ** 64))).__name__)
