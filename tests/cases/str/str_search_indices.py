# start/end arguments of find/count/startswith: None, negatives, huge values, empty needles
s = 'abcabcabc'
for args in [('c',), ('c', 3), ('c', -3), ('c', 3, 5), ('c', None, 5), ('c', -100, 100), ('c', 2 ** 70),
             ('c', -2 ** 70), ('', 0), ('', 9), ('', 10), ('', 4, 2), ('bca', 1, 4), ('bca', 1, 3)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args), s.startswith(*args), s.endswith(*args))
print('abc'.count('', 1, 2), ''.count(''), ''.find(''), 'aaa'.count('aa'), 'aaaa'.rfind('aa'))
print(s.startswith(('x', 'ab')), s.endswith(('bc', 'x'), 0, 5), s.startswith('', 9), s.startswith('', 10))
class I:
    def __index__(self):
        return 6
print(s.find('a', I()), s.index('c', I()), s[I()], 'é日本a'.find('a'), 'é日本a'.rfind('本', 0, 3), 'é日本a'.count('日本'))
try:
    s.index('z', 1)
except ValueError as e:
    print(e)
