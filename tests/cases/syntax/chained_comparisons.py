# comparison chains evaluate operands once and short-circuit
def v(x):
    print('eval', x)
    return x
print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 == 1.0 == True, 'a' < 'b' <= 'b' != 'c')
print(1 in [1, 2] in [[1, 2]], 2 not in [1] is not None)
x = 5
print(0 <= x < 10, 0 <= x < 5)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), 'abc' < 'abd')
a = [1]
b = a
print(a is b is not None, a is not [1])
try:
    1 < 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None >= 0
except TypeError as e:
    print(type(e).__name__, e)
print(float('nan') == float('nan'), float('nan') != float('nan'))
