# growing and shrinking dicts keeps them consistent
d = {}
for i in range(10000):
    d[i] = i * 2
print(len(d), d[9999], sum(d.values()) == 2 * sum(range(10000)))
for i in range(0, 10000, 2):
    del d[i]
print(len(d), list(d)[:5], list(d)[-3:])
for i in range(0, 100, 2):
    d[i] = -i
print(len(d), list(d)[-3:])
s = {}
for i in range(1000):
    s[str(i)] = i
print(s['999'], list(s)[:3], '500' in s, '1000' in s)
keys = [(i, str(i)) for i in range(500)]
t = dict.fromkeys(keys, 0)
print(len(t), t[(499, '499')])
