# common list idioms
nums = list(range(1, 11))
print([n for n in nums if n % 3 == 0], [n ** 2 for n in nums][:5])
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), [list(r) for r in zip(*[[1, 2], [3, 4]])])
print([x for row in [[1, 2], [3, 4]] for x in row])
print(sum([[1], [2, 3]], []), [c for c in 'abc'] + ['d'])
print(max(nums, key=lambda n: -n), sorted(nums, key=lambda n: (n % 2, n)))
print([i for i, v in enumerate('abcab') if v == 'a'])
print(list(filter(None, [0, 1, '', 'x', None, [], [0]])))
chunks = [nums[i:i + 3] for i in range(0, len(nums), 3)]
print(chunks)
print(list(dict.fromkeys([3, 1, 3, 2, 1])))
matrix = [[i * j for j in range(4)] for i in range(3)]
print(matrix, [row[-1] for row in matrix])
