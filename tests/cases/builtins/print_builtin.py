# print() with sep, end, file, flush
print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=', ', end='!\n')
print('no newline', end='')
print(' continued')
print(*range(5), sep='-')
print('x', end=None)
print('y', sep=None)
print(1, None, [2], {'k': 3}, (4,), 1.0, True)
import sys
print('to stdout', file=sys.stdout)
print('to stderr (not compared)', file=sys.stderr)
print('flushed', flush=True)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
print('into', 'writer', sep='|', file=w)
print(w.parts)
for kwargs in [{'sep': 5}, {'end': 3}, {'file': 'x'}, {'bogus': 1}]:
    try:
        print('bad', **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
