# messages for too many positional arguments
def f(): pass
def g(x): pass
def h(a, b=1): pass
def k(a, *, b): pass
class C:
    def m(self): pass
    @staticmethod
    def s(x): pass
calls = [
    lambda: f(1),
    lambda: g(1, 2),
    lambda: h(1, 2, 3),
    lambda: k(1, 2),
    lambda: k(1, 2, b=3),
    lambda: C().m(1),
    lambda: C.s(1, 2),
    lambda: (lambda: 0)(1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
