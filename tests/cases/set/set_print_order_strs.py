# set iteration order for strings (depends on str hash; PYTHONHASHSEED=0)
print({'a', 'b', 'c'}, {'apple', 'banana', 'cherry'})
print(set('hello world'), frozenset('python'))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(set(words))
print({'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9'})
print({'é', 'ñ', '日', '😀', 'a'})
d = {}
for w in words:
    d.setdefault(len(w), set()).add(w)
print(d)
print({(1, 'a'), (2, 'b'), (0, 'c')}, {'none', 'other'})
