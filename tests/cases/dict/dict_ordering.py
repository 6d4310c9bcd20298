# insertion order is preserved and updates keep position
d = {}
for k in ['zebra', 'apple', 'mango', 'banana']:
    d[k] = len(k)
print(d)
d['apple'] = 0
print(list(d))
del d['zebra']
d['zebra'] = 1
print(list(d))
d.pop('mango')
d['mango'] = 2
print(d)
print({3: 'c', 1: 'a', 2: 'b'}, dict.fromkeys([5, 3, 9, 1]))
x = {i: i * i for i in range(10, 0, -2)}
print(x)
print(list(reversed(x)), list(reversed(x.items()))[:2])
print(d.popitem(), d.popitem(), d)
