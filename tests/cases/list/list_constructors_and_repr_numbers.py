# list() over many iterables and reprs of contained numbers
print(list(range(0)), list('é日'), list(b'ab'), list({1: 'a'}.items()), list(x for x in 'ab'))
print([1.0, 1e100, -0.0, float('inf'), 1 + 2j, 10 ** 20, True, None, ...])
print([['nested', ('tuple', {'set'})], {'d': [1]}])
print(list(map(lambda x: x * 2, [1, 2])), list(reversed([1, 2])), list(iter([3])), list(zip('ab', 'cd')))
big = list(range(1000))
print(big[500:505], len(big), big[-1], sum(big))
print(list([1, 2]) is not [1, 2], list(list('ab')))
