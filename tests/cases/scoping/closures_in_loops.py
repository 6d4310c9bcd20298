# closures over loop variables share the cell
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = []
for i in range(3):
    def make(j=i):
        return j
    fs.append(make)
print([f() for f in fs])
def builder():
    out = []
    for k in range(3):
        def g():
            return k
        out.append(g)
    k = 'changed'
    return out
print([f() for f in builder()])
def factory(n):
    return lambda: n
print([factory(v)() for v in 'xyz'])
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get())
