# deeply nested containers: repr and comparison recursion
import sys
l = []
for _ in range(100):
    l = [l]
print(str(l)[:10], len(str(l)))
deep = []
cur = deep
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    repr(deep)
except RecursionError as e:
    print('repr deep:', type(e).__name__)
a = []
b = []
ca, cb = a, b
for _ in range(100000):
    na, nb = [], []
    ca.append(na)
    cb.append(nb)
    ca, cb = na, nb
try:
    print(a == b)
except RecursionError as e:
    print('compare deep:', type(e).__name__)
d = {}
cur = d
for _ in range(50):
    cur['k'] = {}
    cur = cur['k']
print(str(d).count('{'))
