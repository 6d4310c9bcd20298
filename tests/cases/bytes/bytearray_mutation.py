# bytearray mutating methods
ba = bytearray(b'hello')
ba.append(33)
ba.extend(b' world')
ba.extend([46, 46])
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord('o'))
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, len(ba))
ba += b'abc'
ba *= 2
print(ba)
c = ba.copy()
c[0] = 0
print(ba, c)
for call in [lambda: ba.remove(200), lambda: bytearray().pop(), lambda: ba.append(256), lambda: ba.append('a')]:
    try:
        call()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
x = bytearray(b'abc')
y = x
x += b'd'
print(y, x is y)
print(bytearray(b'a') == b'a', b'a' == bytearray(b'a'), bytearray(b'b') > b'a')
try:
    hash(bytearray())
except TypeError as e:
    print(e)
