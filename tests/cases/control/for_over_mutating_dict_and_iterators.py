# iterating while other iterators are consumed
it = iter(range(6))
for x in it:
    print(x, next(it, None))
pairs = list(zip(*[iter('abcdef')] * 2))
print(pairs)
nums = iter([1, 2, 3, 4, 5])
for n in nums:
    if n == 2:
        break
print('rest', list(nums))
for i in range(3):
    for j in range(3):
        if j == i:
            break
    else:
        continue
    print('broke at', i, j)
