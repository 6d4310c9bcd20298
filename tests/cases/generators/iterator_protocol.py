# classes implementing __iter__/__next__
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)))
class Reusable:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
r = Reusable(3)
print(list(r), list(r), 2 in r)
class GetItem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(GetItem()), 20 in GetItem())
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NoNext:
    def __iter__(self):
        return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print(e)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
