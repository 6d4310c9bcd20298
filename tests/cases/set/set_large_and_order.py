# large sets: removal, re-adding and iteration order of ints
s = set(range(50))
for i in range(0, 50, 3):
    s.discard(i)
print(len(s), sorted(s)[:5])
print(list(s)[:10])
s.update(range(100, 110))
print(list(s)[-5:])
t = {i * 37 % 101 for i in range(20)}
print(t)
u = set()
for i in [7, 1000, 3, 10 ** 6, 64, 8, 16]:
    u.add(i)
    u.discard(3)
print(u)
print({-5, -1, -100, 0, 5}, {2 ** 62, 2 ** 63, 1})
