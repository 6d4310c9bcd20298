# bytearray item/slice assignment and deletion, insert/pop positions, in-place operators
ba = bytearray(b'0123456789')
del ba[::3]; print(ba)
ba[1:3] = [65, 66, 67]; print(ba)
ba[::-2] = b'vwxy'; print(ba)
ba[5:] = b''; print(ba)
del ba[-1]; print(ba)
ba[len(ba):] = range(3); print(ba)
ba[0:0] = memoryview(b'mv'); print(ba)
ba *= 2; print(ba, len(ba))
ba.insert(-100, 33); ba.insert(100, 34); print(ba)
print(ba.pop(-2), ba.pop(0), ba)
x = bytearray(b'abc'); x[0:0] = x; print(x)
x[:] = b''; print(x, len(x))
x += bytearray(b'ab'); x += memoryview(b'cd'); print(x)
x.extend(iter([1, 2])); x.extend(bytearray(b'!')); print(x)
for call in [lambda: x.__setitem__(0, 'a'), lambda: x.__setitem__(slice(0, 1), 5), lambda: x.__setitem__(slice(0, 1), 'ab'),
             lambda: x.__delitem__(50), lambda: x.__setitem__(slice(0, 4, 2), b'abc'), lambda: x.__setitem__(0, 256),
             lambda: x.__getitem__('a'), lambda: x.insert(1), lambda: x.insert('a', 1), lambda: x.pop(1, 2), lambda: x.pop(99),
             lambda: x.remove(200), lambda: x.extend(5), lambda: x.extend('ab'), lambda: x.extend([300]), lambda: x.append(),
             lambda: x.copy(1), lambda: bytearray().pop()]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, '|', e)
try:
    x += 'str'
except TypeError as e:
    print(e)
print(x)
