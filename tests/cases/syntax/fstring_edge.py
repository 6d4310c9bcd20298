# f-string corner cases
class P:
    def __format__(self, spec):
        return f'P<{spec}>'
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p-str'

p = P()
print(f'{p}', f'{p:abc}', f'{p!r}', f'{p!s}', f'{p!r:>8}')
print(f'''multi
{1 +
 2}
line''')
d = {'key': 'v'}
print(f"{d['key']}")
print(f'{3:{"^"}{5}}')
print(f'{-3:+} {3:+} {3: } {-3: }')
print(f'{"abc":.2}')
print(f'{0.5:.0f} {1.5:.0f} {2.5:.0f}')
try:
    f'{1:abc}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    f'{"s":d}'
except ValueError as e:
    print(type(e).__name__, e)
print(f'{None} {True} {False!r}')
print(f'{12.0:g} {1e20:g} {1e-7:g}')
print(f"{'a' 'b'}")
