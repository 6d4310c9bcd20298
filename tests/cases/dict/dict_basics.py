# dict construction and access
print({}, dict(), {'a': 1}, dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, z=0))
print(dict(zip('abc', range(3))), dict.fromkeys('ab'), dict.fromkeys([1, 2], 'v'))
d = {'one': 1, 'two': 2}
print(d['one'], d.get('three'), d.get('three', 3), len(d), 'one' in d, 1 in d)
d['three'] = 3
d['one'] = 'ONE'
print(d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e, e.args)
for bad in [[('a',)], [1, 2], 'ab', [('a', 1, 2)]]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print({1: 'int', 1.0: 'float', True: 'bool'}, {(1, 2): 'tuple'}, {None: 0})
