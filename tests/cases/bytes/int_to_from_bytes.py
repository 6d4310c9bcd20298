# int.to_bytes / int.from_bytes
print((258).to_bytes(2, 'little'), (258).to_bytes(2, 'big'), (-1).to_bytes(2, 'big', signed=True), (255).to_bytes())
print((0).to_bytes(0, 'big'), (-128).to_bytes(1, 'big', signed=True), (2 ** 64).to_bytes(9, byteorder='little'))
print(int.from_bytes(b'\x01\x02', 'little', signed=True), int.from_bytes([1, 0], 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(bytearray(b'\x80'), 'big', signed=True), int.from_bytes(memoryview(b'\x00\x10'), 'big'), int.from_bytes(b''), bool.from_bytes(b'\x01', 'big'))
class MyInt(int):
    pass
r = MyInt.from_bytes(b'\x05', 'big')
print(type(r).__name__, r)
for f in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'middle'),
          lambda: (1).to_bytes(-1, 'big'), lambda: (128).to_bytes(1, 'big', signed=True), lambda: int.from_bytes('ab', 'big'),
          lambda: int.from_bytes(b'a', byteorder=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, '|', e)
