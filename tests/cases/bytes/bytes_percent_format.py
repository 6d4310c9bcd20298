# bytes % formatting (PEP 461)
print(b'%s|%5s|%-5b|%.2s|%c|%c|%r|%a' % (b'x', b'ab', bytearray(b'cd'), b'xyz', 65, b'z', b'q', 'é'))
print(b'%d %i %u %05.1f %x %X %#o %e %g %%' % (42, -3, 7.9, 2.25, 255, 255, 8, 1.5, 0.5))
print(b'%(k)s and %(n)d' % {b'k': b'v', b'n': 3}, b'%s' % memoryview(b'mv'), bytearray(b'%s!') % b'x')
print(b'%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159), b'%s' % (b'one',), b'no args' % (), b'x' % {}, b'y' % [])
class HasBytes:
    def __bytes__(self):
        return b'custom'
print(b'<%s>' % HasBytes(), b'%s %s' % (b'a', bytearray(b'b')))
for fmt, arg in [(b'%s', 'str'), (b'%s', 1), (b'%d', 'a'), (b'%c', 256), (b'%c', b'ab'), (b'%c', 'a'),
                 (b'%y', 1), (b'%d', ()), (b'%s %s', (b'1',)), (b'%(a)s', {'a': b'x'}), (b'%(a)s', (1,)),
                 (b'a', 1), (b'%s', (b'1', b'2')), (b'%x', 3.5), (b'%', ()), (b'%(a', {})]:
    try:
        print(fmt % arg)
    except Exception as e:
        print(type(e).__name__, '|', e)
