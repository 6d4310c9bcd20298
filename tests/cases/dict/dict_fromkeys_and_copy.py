# dict.fromkeys shares the value object; copy is shallow
d = dict.fromkeys('abc', [])
d['a'].append(1)
print(d)
e = {k: [] for k in 'abc'}
e['a'].append(1)
print(e)
orig = {'list': [1], 'n': 1}
cp = orig.copy()
cp['list'].append(2)
cp['n'] = 2
print(orig, cp)
print(dict(orig) == orig, dict(orig) is orig, {**orig} == orig)
class D(dict):
    pass
dd = D(a=1)
print(type(dd.copy()).__name__, type(D.fromkeys('x')).__name__, D.fromkeys('xy', 0))
print(dict.fromkeys([]), dict.fromkeys(range(3)), dict.fromkeys('aa'))
