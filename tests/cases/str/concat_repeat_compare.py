# concatenation, repetition and comparison
print('ab' + 'cd', 'ab' * 3, 3 * 'x', 'x' * 0, 'x' * -2, '' * 100)
print('abc' < 'abd', 'abc' < 'ab', 'B' < 'a', 'é' > 'z', 'abc' == 'abc', 'a' != 'A')
print(sorted(['banana', 'Apple', 'cherry', 'apple', 'éclair', '10', '9']))
print(max('hello'), min('hello'), 'hello' > 'help')
print('a' * 3 == 'aaa', ('ab' * 2)[::2])
for call in [lambda: 'a' + 1, lambda: 'a' * 1.5, lambda: 'a' < 1, lambda: 'a' - 'a', lambda: -'a']:
    try:
        call()
    except TypeError as e:
        print(e)
s = 'x'
s += 'y'
s *= 2
print(s)
print('%s' % 'a' * 3, ('%s' % 'a') * 3)
class Weird:
    def __radd__(self, other):
        return f'radd({other!r})'
    def __rmul__(self, other):
        return f'rmul({other!r})'
print('str' + Weird(), 'str' * Weird())
