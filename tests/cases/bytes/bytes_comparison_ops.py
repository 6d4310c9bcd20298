# comparison, concatenation, repetition, hashing
print(b'abc' < b'abd', b'ab' < b'abc', b'\xff' > b'\x00', b'a' == b'a', b'a' == 'a')
print(b'ab' + b'cd', b'ab' * 3, 2 * b'x', b'x' * 0, bytearray(b'a') + b'b', b'a' + bytearray(b'b'))
print(type(bytearray(b'a') + b'b').__name__, type(b'a' + bytearray(b'b')).__name__)
print(sorted([b'b', b'a', b'ab', b'']), max(b'hello'), min(b'hello'), sum(b'\x01\x02'))
print(hash(b'abc') == hash(b'abc'), len({b'a', b'a', bytes(b'a')}))
try:
    b'a' < 'a'
except TypeError as e:
    print(e)
try:
    b'a' * 1.0
except TypeError as e:
    print(e)
print(b'abc'.__len__(), b'abc'.__contains__(98), bytes.__name__, bytearray.__name__)
print(list(reversed(b'abc')), bytes(reversed(b'abc')), b'ab'[0:1] == b'a')
