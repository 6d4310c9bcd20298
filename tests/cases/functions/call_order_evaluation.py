# evaluation order of function call parts
def t(label, value=None):
    print('eval', label)
    return value
def f(*a, **k):
    return a, k
print(t('func', f)(t('a1', 1), t('a2', 2), k=t('kw', 3), *t('star', [4]), **t('dstar', {'z': 5})))
d = {}
d[t('key', 'k')] = t('value', 'v')
print(d)
x = [0, 0]
x[t('idx', 0)] = t('rhs', 1)
print(x)
print(t('left', 1) + t('right', 2))
print(t('base', 2) ** t('exp', 3))
lst = [t('e1'), t('e2')]
dd = {t('k1', 1): t('v1'), t('k2', 2): t('v2')}
