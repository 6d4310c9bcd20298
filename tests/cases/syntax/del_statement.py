# del statement on every kind of target
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
class O: pass
o = O()
o.a = 1
del o.a
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
p, q = [1], [2]
del (p, [q])
print('p' in globals())
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f'{type(e).__name__}: {e}'
print(f())
