# recursive algorithms on nested data
def depth(x):
    return 1 + max((depth(y) for y in x), default=0) if isinstance(x, list) else 0
def total(x):
    return sum(total(y) for y in x) if isinstance(x, list) else x
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for y in x:
        out.extend(flatten(y))
    return out
data = [1, [2, [3, [4, [5]]]], [6, 7], []]
print(depth(data), total(data), flatten(data))
def build(n):
    return [] if n == 0 else [build(n - 1), n]
deep = build(200)
print(depth(deep), total(flatten(deep)))
def perm_count(n):
    return 1 if n <= 1 else n * perm_count(n - 1)
print(perm_count(100) % 1000000007)
