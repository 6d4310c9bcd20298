# chr, ord, bin, oct, hex
print(chr(97), chr(0x263a), repr(chr(0)), chr(1114111) == '\U0010ffff', ord('a'), ord('\U0010ffff'))
print(ord(b'a'), ord(bytearray(b'z')), [ord(c) for c in 'Az09'])
print(bin(10), oct(10), hex(10), bin(-10), oct(-10), hex(-10), bin(0), hex(2 ** 64))
class I:
    def __index__(self): return 255
print(bin(I()), oct(I()), hex(I()), chr(I()))
for call in [lambda: chr(1114112), lambda: chr(-1), lambda: chr('a'), lambda: ord(''), lambda: ord('ab'),
             lambda: ord(5), lambda: bin(1.5), lambda: hex('a'), lambda: chr(2 ** 70)]:
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
