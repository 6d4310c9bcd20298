# dotted names are value patterns, bare names are captures
class Color:
    RED = 'red'
    GREEN = 'green'
import sys
def m(v):
    match v:
        case Color.RED:
            return 'is red'
        case Color.GREEN:
            return 'is green'
        case sys.maxsize:
            return 'maxsize'
        case _:
            return 'something else'
print(m('red'), m('green'), m(sys.maxsize), m('blue'))
class Eq:
    def __eq__(self, other):
        print('__eq__ called with', other)
        return True
class Holder:
    val = Eq()
match 'anything':
    case Holder.val:
        print('matched via __eq__')
match (1, 2, 3):
    case (1, 2) | (1, 2, 3):
        print('or of sequences')
match 3:
    case 1 | 2 | 3 as n:
        print('or bound', n)
