# unbound builtin methods and method descriptors used as plain functions
print(list(map(str.strip, [' a ', 'b '])), list(map(str.__len__, ['ab', ''])))
print(sorted(['b', 'A'], key=str.lower), list(map(int.bit_length, [1, 255])))
print(dict.get({'k': 1}, 'k'), list.__len__([1, 2]), tuple.count((1, 1), 1))
print(str.join('-', 'abc'), str.format('{}!', 'x'), bytes.hex(b'\x01'))
append = [].append
append(1)
print(append.__self__, append.__name__)
try:
    str.upper(5)
except TypeError as e:
    print(e)
try:
    list.append((), 1)
except TypeError as e:
    print(e)
print(type(str.upper).__name__, type('a'.upper).__name__, type(dict.fromkeys).__name__)
