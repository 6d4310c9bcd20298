# str hashes are deterministic with PYTHONHASHSEED=0
for s in ['', 'a', 'b', 'abc', 'hello world', 'é', 'ÿ', 'Ā', '日本', '😀', 'a' * 100, 'key1', 'key2']:
    print(repr(s), hash(s))
print(hash('') == 0, hash(b'abc') == hash('abc'), hash(b''), hash(b'xyz'))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset('ab')))
