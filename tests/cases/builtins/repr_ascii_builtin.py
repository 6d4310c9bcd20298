# repr() and ascii()
for v in ['é', 'a\nb', "'", b'\xff', [1, 'ü'], {'ключ': 1}, ('日',), 1.5, None, '\x7f', '\U0001F600']:
    print(repr(v), ascii(v))
class R:
    def __repr__(self):
        return 'R<ü>'
print(repr(R()), ascii(R()), ascii([R()]))
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError as e:
    print(e)
