# str.format with positional, keyword, index and attribute fields
print('{} {}'.format('a', 'b'), '{1} {0} {1}'.format('a', 'b'), '{x} {y}'.format(x=1, y=2))
print('{0[0]} {0[key]} {1.real}'.format({0: 'zero', 'key': 'k'}, 3 + 4j))
print('{0!r} {0!s} {0!a}'.format('é'), '{:>6}|{:<6}|{:^6}'.format('a', 'b', 'c'))
print('{:{w}.{p}f}'.format(3.14159, w=10, p=2), '{{}} {{{}}}'.format(5))
print('{0:{1}}'.format('x', '>4'), '{:,}'.format(10 ** 9), '{:_x}'.format(2 ** 32))
class P:
    x = 'attr'
    def __format__(self, spec):
        return f'P[{spec}]'
print('{0.x} {0:spec} {0}'.format(P()))
print('{} {}'.format(*'ab'), '{a}-{b}'.format(**{'a': 1, 'b': 2}))
print('{0} {0}'.format([1]), '{:d}'.format(True), '{:.3}'.format('abcdef'))
for fmt, args, kw in [('{}', (), {}), ('{0} {}', (1, 2), {}), ('{} {1}', (1, 2), {}), ('{x}', (), {}),
                      ('{0[5]}', ([1],), {}), ('{', (), {}), ('}', (), {}), ('{0.nope}', (1,), {}),
                      ('{!x}', (1,), {}), ('{:d}', ('s',), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print('{a}'.format_map({'a': 'mapped'}))
