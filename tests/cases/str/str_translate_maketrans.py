# str.maketrans forms and str.translate mapping results
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()))
print('abcdd-cba'.translate(t))
print(str.maketrans({'a': 'AA', 98: None, 99: 100}))
print('abc'.translate({97: 'AA', 98: None, 99: 100}), 'abc'.translate([None, 'x']), 'ab'.translate({}))
class Table:
    def __getitem__(self, k):
        if k == ord('z'):
            raise LookupError('skip')
        return chr(k).upper()
print('xyz'.translate(Table()))
for call in [lambda: str.maketrans(), lambda: str.maketrans(1), lambda: str.maketrans({1.5: 2}),
             lambda: str.maketrans('ab', 'a'), lambda: str.maketrans('a', 1), lambda: str.maketrans({'ab': 1}),
             lambda: str.maketrans('a', 'b', 1), lambda: str.maketrans(1, 'b'), lambda: 'a'.translate(),
             lambda: 'a'.translate({97: 1.5}), lambda: 'a'.translate({97: 0x110000}), lambda: 'a'.translate({97: -1}),
             lambda: 'a'.translate(1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, '|', e)
print(''.maketrans('a', 'b'), 'x'.translate(str.maketrans('x', 'é')))
