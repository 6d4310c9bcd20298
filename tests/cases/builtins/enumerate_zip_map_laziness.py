# iterator builtins are lazy and stop at the shortest input
def noisy(name, n):
    for i in range(n):
        print(f'{name} yields {i}')
        yield i
z = zip(noisy('A', 3), noisy('B', 1))
print('zip created')
print(list(z))
m = map(lambda a, b: a + b, noisy('C', 2), noisy('D', 5))
print(list(m))
e = enumerate(noisy('E', 2))
print(next(e))
f = filter(None, noisy('F', 3))
print(list(f))
r = reversed(list(noisy('G', 2)))
print(list(r))
