# generator expressions are lazy and single-use
log = []
def track(x):
    log.append(x)
    return x
g = (track(i) * 2 for i in range(5))
print(log)
print(next(g), log)
print(list(g), log)
print(list(g))
print(sum(x * x for x in range(10)))
print(max((len(w), w) for w in 'the quick brown fox'.split()))
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in []))
print(sorted((c for c in 'hello'), reverse=True))
squares = (n * n for n in range(4))
print(tuple(squares), tuple(squares))
print(dict((k, len(k)) for k in ['a', 'bb']))
print(''.join(str(d) for d in range(5)))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
g = (x for x in range(3))
print(3 in g, next(g, 'empty'))
