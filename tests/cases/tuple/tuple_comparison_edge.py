# lexicographic comparison and element short-circuit
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), () == ())
print((1, 'a') < (1, 'b'), (0, 'x') < (1, 1))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(e)
class Loud:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq', self.v, o.v)
        return self.v == o.v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
print((Loud(1), Loud(2)) < (Loud(1), Loud(3)))
print((Loud(1),) == (Loud(2),))
n = float('nan')
print((n,) == (n,), [n] == [n], (float('nan'),) == (float('nan'),))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), min((3, 2), (3, 1)))
