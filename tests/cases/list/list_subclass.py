# subclassing list
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list))
print(type(s + [4]).__name__, type(s[:]).__name__, type(s * 2).__name__)
class Logged(list):
    def append(self, v):
        print('append', v)
        super().append(v)
    def __getitem__(self, i):
        print('getitem', i)
        return super().__getitem__(i)
lg = Logged()
lg.append(1)
lg.extend([2])
print(lg[0], lg, list(lg))
class Default(list):
    def __missing__(self, k):
        return 'never used for lists'
print(Default([5])[0])
class WithRepr(list):
    def __repr__(self):
        return 'WithRepr(' + super().__repr__() + ')'
print(WithRepr([1]), [WithRepr([2])])
