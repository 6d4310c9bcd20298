# slice objects and indices()
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3), repr(slice('a', 'b')))
print(s.indices(5), slice(None).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(-100, 100).indices(5), slice(10, -10, -3).indices(7))
print('abcdefgh'[s], list(range(20))[slice(15, None, 2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
try:
    hash(slice(1))
except TypeError as e:
    print(e)
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1], q[1:2], q[::3], q[1:2, 3], q[..., 1], q[:, None])
