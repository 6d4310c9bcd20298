# recursion through nested generators
def gen(n):
    yield n
    yield from gen(n + 1)
g = gen(0)
count = 0
try:
    for v in g:
        count = v
except RecursionError as e:
    print(type(e).__name__, count > 100)
def tree(depth):
    if depth == 0:
        yield 'leaf'
        return
    for _ in range(2):
        yield from tree(depth - 1)
print(sum(1 for _ in tree(10)))
