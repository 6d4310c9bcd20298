"""zlib: checksums, one-shot and streaming (de)compression round trips, errors."""
import zlib

print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE)
print(zlib.Z_DEFAULT_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_NO_COMPRESSION)
print(zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH)
print(zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED)
print(issubclass(zlib.error, Exception), zlib.error.__module__, zlib.error.__name__)

# checksums
print(zlib.crc32(b''), zlib.crc32(b'hello'), zlib.crc32(b'hello', 5), zlib.crc32(b'abc', -1))
print(zlib.adler32(b''), zlib.adler32(b'hello'), zlib.adler32(b'world', 12345))
print(zlib.crc32(bytearray(b'hello')), zlib.crc32(memoryview(b'hello')))
big = bytes(range(256)) * 300
print(zlib.crc32(big), zlib.adler32(big))
crc = 0
for i in range(0, len(big), 1000):
    crc = zlib.crc32(big[i:i + 1000], crc)
print(crc == zlib.crc32(big))
try:
    zlib.crc32('text')
except TypeError as e:
    print('TypeError', e)

# one-shot round trips over every wrapper and level
data = b''.join(b'line %d: %s\n' % (i, b'abc' * (i % 7)) for i in range(2000)) + bytes(range(256)) * 20
for wbits in (15, 9, -15, -9, 31, 25):
    for level in (-1, 0, 1, 6, 9):
        c = zlib.compress(data, level, wbits)
        assert zlib.decompress(c, wbits) == data, (wbits, level)
        if wbits > 0:
            assert zlib.decompress(c, wbits + 32 if wbits < 16 else wbits + 16) == data
print('one-shot ok', len(data))
print(zlib.decompress(zlib.compress(b'')), zlib.decompress(zlib.compress(b'x', level=9)))
print(zlib.compress(b'hello')[:2], zlib.compress(b'hello', wbits=31)[:3])
print(zlib.decompress(zlib.compress(b'abc') + b'trailing garbage'))

# streaming
co = zlib.compressobj(6, zlib.DEFLATED, -15)
parts = [co.compress(data[i:i + 777]) for i in range(0, len(data), 777)]
parts.append(co.flush())
stream = b''.join(parts)
do = zlib.decompressobj(-15)
out = b''.join(do.decompress(stream[i:i + 100]) for i in range(0, len(stream), 100))
out += do.flush()
print(out == data, do.eof, do.unused_data, do.unconsumed_tail)

# max_length with the unconsumed_tail loop
c = zlib.compress(data)
do = zlib.decompressobj()
out = b''
buf = c
chunks = 0
while buf:
    piece = do.decompress(buf, 4096)
    assert len(piece) <= 4096
    out += piece
    chunks += 1
    buf = do.unconsumed_tail
out += do.flush()
print(out == data, do.eof, do.unused_data, chunks >= len(data) // 4096)

# sync flush makes everything so far decodable
co = zlib.compressobj()
head = co.compress(b'first part ') + co.flush(zlib.Z_SYNC_FLUSH)
do = zlib.decompressobj()
print(do.decompress(head), do.eof)
rest = co.compress(b'second part') + co.flush()
print(do.decompress(rest), do.eof)
print(co.flush(zlib.Z_NO_FLUSH))

# gzip and automatic header detection
g = zlib.compress(b'gzip data' * 10, wbits=31)
print(g[:3], zlib.decompress(g, 47) == b'gzip data' * 10)
do = zlib.decompressobj(31)
print(do.decompress(g + b'tail'), do.eof, do.unused_data)

# errors
good = zlib.compress(b'hello world')
for bad in (b'garbage data', good[:2], good[:-2], good[:-4] + b'1234', b'x\x9c'):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print('error:', e)
try:
    zlib.decompress(b'\x00\x01', -15)
except zlib.error as e:
    print('error:', e)
for args in ((b'x', 10), (b'x', -2)):
    try:
        zlib.compress(*args)
    except zlib.error as e:
        print('error:', e)
try:
    zlib.decompress(b'x', 3)
except zlib.error as e:
    print('error:', e)
for kw in ({'wbits': 3}, {'method': 7}, {'memLevel': 10}):
    try:
        zlib.compressobj(**kw)
    except ValueError as e:
        print('ValueError', e)
try:
    zlib.decompressobj(wbits=99)
except ValueError as e:
    print('ValueError', e)
try:
    zlib.decompressobj().decompress(b'x', -1)
except ValueError as e:
    print('ValueError', e)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
