import heapq, bisect
data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 3, 3]
h = []
for x in data: heapq.heappush(h, x)
print(h)
h2 = list(data); heapq.heapify(h2); print(h2)
print([heapq.heappop(h2) for _ in range(len(h2))])
h3 = [1, 4, 2, 9]; heapq.heapify(h3); print(heapq.heapreplace(h3, 7), h3, heapq.heappushpop(h3, 0), heapq.heappushpop(h3, 5), h3)
try: heapq.heappop([])
except IndexError as e: print(e)
try: heapq.heappush((), 1)
except TypeError as e: print(e)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(['a', 'cc'], ['bb', 'd'], key=len)), list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(2, ['aa', 'b', 'cc', 'ddd'], key=len), heapq.nsmallest(1, []), heapq.nlargest(0, data))
t = [(2, 'b'), (1, 'a'), (2, 'a')]; heapq.heapify(t); print(t)
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
bisect.insort(a, 4); bisect.insort_left(a, 2); print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1])); bisect.insort(recs, ('z', 4), key=lambda r: r[1]); print(recs)
try: bisect.bisect([], 1, -1)
except ValueError as e: print(e)
h5 = []
for x in [10, 1, 5, 3, 8, 2, 9, 4, 7, 6, 5, 5, 0]:
    heapq.heappush(h5, x)
    if len(h5) > 6: heapq.heappop(h5)
print(h5)
l = [3, 1, 4, 1, 5, 9, 2, 6]; heapq._heapify_max(l); print(l, heapq._heappop_max(l), l)
