# sets built from various iterables
print(set('banana') == {'a', 'b', 'n'}, set([1, 1, 2]), set((3, 3)), set(range(5)), set({'k': 1}))
print(set(x % 3 for x in range(9)), set(), set([]), set(''), {*'ab', *'bc'} == {'a', 'b', 'c'})
print(len(set([1, 1.0, True, 0, 0.0, False])), set([0, False, 0.0]))
words = 'to be or not to be'.split()
print(len(set(words)), sorted(set(words)), len(words))
print(sorted({c.lower() for c in 'AbCabc'}), sorted(set('hello') & set('world')))
try:
    set(1)
except TypeError as e:
    print(e)
try:
    set([[1]])
except TypeError as e:
    print(e)
try:
    set([1], [2])
except TypeError as e:
    print(e)
