# messages for missing arguments
def f(x): pass
def g(a, b, c): pass
def h(*, k): pass
def i(a, *, k, m): pass
class C:
    def method(self, v): pass
calls = [
    lambda: f(),
    lambda: g(1),
    lambda: g(),
    lambda: g(c=3),
    lambda: h(),
    lambda: i(1),
    lambda: i(),
    lambda: C().method(),
    lambda: C.method(),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
