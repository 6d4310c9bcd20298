# reflected comparisons: a < b falls back to b > a
class Left:
    def __lt__(self, other):
        print('Left.__lt__')
        return NotImplemented
class Right:
    def __gt__(self, other):
        print('Right.__gt__')
        return 'right wins'
print(Left() < Right())
class Sub(int):
    def __eq__(self, other):
        print('Sub.__eq__')
        return True
print(5 == Sub(6))
print(Sub(6) == 5)
class Meh:
    def __le__(self, other):
        return NotImplemented
try:
    Meh() <= Meh()
except TypeError as e:
    print(e)
