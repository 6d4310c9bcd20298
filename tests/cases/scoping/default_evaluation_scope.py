# default values are evaluated once, at definition, in the enclosing scope
value = 'first'
def f(v=value):
    return v
value = 'second'
print(f())
def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1), append(2))
print(append.__defaults__)
def kwd(*, k=value.upper()):
    return k
print(kwd(), kwd.__kwdefaults__)
class C:
    base = 10
    def m(self, b=base):
        return b
print(C().m())
def side(n):
    print('evaluating default', n)
    return n
def g(a=side(1), b=side(2)):
    return a + b
print(g(), g(10))
