# iteration order after set operations, copies, pops and updates follows CPython's table algorithms
import random
random.seed(5)
for trial in range(300):
    a = set(random.sample(range(200), random.randint(0, 30)))
    b = set(random.sample(range(200), random.randint(0, 30)))
    l = list(random.sample(range(200), random.randint(0, 10)))
    d = dict.fromkeys(random.sample(range(200), random.randint(0, 10)))
    r = [a | b, a & b, a - b, a ^ b, a.union(l, b), a.intersection(l), a.difference(d), a.difference(l, b),
         a.symmetric_difference(l), a.symmetric_difference(d), set(a), a.copy(), frozenset(a) | b, set(d), {*a, *l}]
    c = set(a); c |= b; r.append(c)
    c = set(a); c &= b; r.append(c)
    c = set(a); c -= b; r.append(c)
    c = set(a); c ^= b; r.append(c)
    c = set(a); c.update(l, d); r.append(c)
    c = set(a); c.difference_update(l); r.append(c)
    c = set(a); c.intersection_update(b, l); r.append(c)
    c = set(a); c.symmetric_difference_update(l); r.append(c)
    c = set(a); p = [c.pop() for _ in range(min(5, len(c)))]; r.append(p); r.append(c)
    print([list(x) for x in r])
