# any, all, len, bool
print(any([]), all([]), any([0, '', None]), any([0, 1]), all([1, 'x', [0]]), all([1, 0]))
def noisy(vals):
    for v in vals:
        print('checking', v)
        yield v
print(any(noisy([0, 3, 4])))
print(all(noisy([1, 0, 2])))
print(len([1, 2]), len('héllo'), len({'a': 1}), len(range(0, 10, 3)), len(b'\x00\x01'), len(set('aab')))
class L:
    def __len__(self): return 7
print(len(L()), bool(L()))
class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError as e:
    print(e)
class Big:
    def __len__(self): return 2 ** 70
try:
    len(Big())
except OverflowError as e:
    print(e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
print(bool(), bool([]), bool([[]]), bool(0.0), bool('0'), bool(range(0)))
