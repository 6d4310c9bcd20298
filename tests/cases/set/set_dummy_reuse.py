# adding into a table with deleted slots reuses the last dummy on the probe path, as CPython 3.11
s = {0, 1, 8}; s.discard(0); s.discard(1); s.add(16); s.add(24); print(s)
s = {0}; s.add(8); s.discard(0); s.add(16); print(s)
a = [15, 150, 152, 26, 30, 37, 166, 167, 171, 48, 179, 197, 199, 74, 75, 82, 87, 88, 108, 109, 122, 123]
c = set(); [c.add(x) for x in a]; c = set(c)
for x in [130, 163, 100, 37, 122, 67, 40, 58, 156]:
    if x in c: c.discard(x)
    else: c.add(x)
    print(x, list(c))
print({1, 9, 17, 33, 65}, [x for x in {'apple', 'banana', 'cherry'}])
s = set(range(40)); print([s.pop() for _ in range(5)], s.pop(), len(s))
