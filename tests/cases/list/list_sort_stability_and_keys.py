# sort stability with multi-pass sorts and key functions called once per item
records = [('alice', 30, 'NY'), ('bob', 25, 'LA'), ('carol', 30, 'LA'), ('dave', 25, 'NY'), ('eve', 35, 'LA')]
by_city = sorted(records, key=lambda r: r[2])
by_age_then_city = sorted(by_city, key=lambda r: r[1])
print([r[0] for r in by_age_then_city])
print([r[0] for r in sorted(records, key=lambda r: (-r[1], r[0]))])
calls = []
def key(x):
    calls.append(x)
    return -x
data = [3, 1, 2]
data.sort(key=key)
print(data, calls)
print(sorted([3, 1, 2], key=None), sorted(['b', 'A', 'c'], key=str.casefold))
words = ['bb', 'a', 'ccc', 'dd', 'e']
words.sort(key=len, reverse=True)
print(words)
print(sorted([(1, 'b'), (1, 'a')], key=lambda t: t[0], reverse=True))
