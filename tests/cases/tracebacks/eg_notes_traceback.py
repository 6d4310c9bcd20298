# how __notes__ print inside a group box (CPython 3.11's own layout)
class Unprintable:
    def __str__(self):
        raise RuntimeError('no str')

a = ValueError('listed notes')
a.__notes__ = ['plain', 42, Unprintable(), 'two\nlines', '', 'trailing\n']
b = TypeError('notes not a sequence')
b.__notes__ = 123
c = KeyError('string notes')
c.__notes__ = 'ab'
d = SyntaxError('bad', ('mod.py', 2, 5, 'x = (1 +\n', 2, 7))
d.add_note('on a syntax error')
g = ExceptionGroup('notes', [a, b, c, d])
g.add_note('group note')
raise g
