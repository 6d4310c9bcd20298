# __call__ and objects behaving like functions
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), list(map(add5, [0, 10])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c()
print(c(), c.calls)
try:
    add5()
except TypeError as e:
    print(e)
class Deco:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *a):
        return 'decorated ' + str(self.fn(*a))
@Deco
def square(x):
    return x * x
print(square(4), type(square).__name__)
