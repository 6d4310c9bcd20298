# less common operator dunders
class Bits:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'Bits({self.v:#b})'
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __invert__(self): return Bits(~self.v & 0xF)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __index__(self): return self.v
    def __pos__(self): return self
    def __floordiv__(self, n): return Bits(self.v // n)
    def __mod__(self, n): return Bits(self.v % n)
    def __pow__(self, n, mod=None): return Bits(pow(self.v, n, mod))
    def __rpow__(self, base): return base ** self.v
    def __divmod__(self, n): return (self // n, self % n)
a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, ~a, a << 1, a >> 2, +a)
print(a // 5, a % 5, a ** 2, pow(a, 2, 7), 2 ** Bits(3), divmod(a, 5))
print([10, 20, 30, 40][Bits(2)], bin(a), hex(b), 'abcdefghijklmnop'[Bits(1):Bits(4)])
class Cmp:
    def __contains__(self, x): return x == 'present'
print('present' in Cmp(), 'absent' in Cmp(), 'absent' not in Cmp())
