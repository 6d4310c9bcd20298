# the builtins module
import builtins
print(builtins.__name__, builtins.len is len, type(builtins).__name__)
names = dir(builtins)
for n in ['print', 'len', 'range', 'ValueError', 'None', 'True', '__import__', 'Ellipsis', 'NotImplemented']:
    print(n, n in names)
original = builtins.len
builtins.len = lambda x: 42
print(len('abc'))
builtins.len = original
print(len('abc'))
print(__builtins__ is builtins or __builtins__ is vars(builtins))
