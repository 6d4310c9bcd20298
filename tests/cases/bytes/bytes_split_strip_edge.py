# edge cases of split/strip/partition on bytes
print(b''.split(), b''.split(b','), b'  '.split(), b'a,,b'.split(b','), b'a  b'.split(b' '))
print(b'\x00a\x00'.strip(b'\x00'), b'\t\n\x0b\x0c\r x'.strip(), b'xyx'.strip(b'y'), b'abc'.strip(b''))
print(b'a\x1cb'.split(), b'a\x85b'.split(), b'line\x0bnext'.splitlines())
print(b'abc'.partition(b'z'), b'abc'.rpartition(b'z'), b'aXbXc'.rsplit(b'X', 1))
try:
    b'abc'.split(b'')
except ValueError as e:
    print(e)
print(b'abc'.count(b''), b'abc'.find(b''), b'abc'.rfind(b''), b'abc'.index(b'c', -1))
print(bytearray(b' x ').strip(), type(bytearray(b' x ').strip()).__name__, bytearray(b'a b').split())
