# slice(), Ellipsis and NotImplemented as values
s = slice(3)
print(s, s.start, s.stop, s.step, slice(1, 2), slice(1, 2, 3), slice(None))
print(list(range(10))[slice(2, 8, 3)], 'abcdef'[slice(None, None, -2)])
print(s == slice(None, 3), s == slice(0, 3), slice(1, 2) < slice(1, 3))
try:
    slice()
except TypeError as e:
    print(e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(e)
print(Ellipsis, ..., type(...)(), NotImplemented, type(NotImplemented)())
print(bool(NotImplemented) if False else 'skip', repr(Ellipsis), str(...))
