# int.from_bytes / to_bytes and bytes from ints
print(int.from_bytes(b'\x00\x01', 'big'), int.from_bytes(b'\x00\x01', 'little'))
print(int.from_bytes(b'\x80', 'big', signed=True), int.from_bytes(b'\xff' * 16, 'big'))
print((65535).to_bytes(2, 'big'), (-2).to_bytes(2, 'little', signed=True), (2 ** 70).to_bytes(9, 'big'))
print(bytes([x % 256 for x in range(250, 260)]))
print(list((1024).to_bytes(4, 'big')), b'\x01\x00'[0] << 8 | b'\x01\x00'[1])
print(bytes(5) == b'\x00' * 5, bytes([0] * 3))
print(b'%d %5.1f %x' % (10, 2.25, 255), b'%b' % b'raw', b'%a' % 'é')
print(int(b'123'), float(b'1.5'), int(b'ff', 16), b'12'.isdigit())
