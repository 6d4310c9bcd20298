# equality ignores order; comparisons are not supported
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2})
print({1: 'x'} == {True: 'x'}, {} == dict(), {'a': [1]} == {'a': [1]})
try:
    {} < {}
except TypeError as e:
    print(e)
print({'a': 1}.keys() == {'a'}, {'a': 1}.items() == {('a', 1)}, {'a': 1}.values() == [1])
n = float('nan')
print({n: 1} == {n: 1}, {'k': n} == {'k': n})
import sys
print(sys.getrecursionlimit() > 0)
