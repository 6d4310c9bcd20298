# replace, translate, maketrans
s = 'banana'
print(s.replace('a', 'o'), s.replace('a', 'o', 2), s.replace('na', ''), s.replace('', '-'))
print(s.replace('', '-', 3), 'aaa'.replace('a', 'aa'), s.replace('x', 'y'), ''.replace('', 'x'))
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc'.translate(t))
t2 = str.maketrans('ab', 'AB', 'c')
print('abcabc'.translate(t2))
t3 = str.maketrans({'a': 'ALPHA', 'b': None, 'c': 'γ'})
print('abcd'.translate(t3))
print('hello'.translate({ord('l'): 'L', ord('o'): None}))
try:
    str.maketrans('abc', 'xy')
except ValueError as e:
    print(e)
try:
    'a'.translate({97: 5.5})
except TypeError as e:
    print(e)
class Lookup:
    def __getitem__(self, k):
        if k == ord('x'):
            return 'X!'
        raise LookupError
print('axbx'.translate(Lookup()))
