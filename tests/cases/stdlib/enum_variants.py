import enum, copy
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(str(Num.ONE), repr(Num.ONE), format(Num.TWO), f"{Num.TWO:>4}", Num.ONE + Num.TWO, Num.TWO * 3, Num(2), Num['ONE'], Num.ONE < Num.TWO, int(Num.TWO), isinstance(Num.ONE, int))
print(sorted([Num.TWO, Num.ONE, 0]), {Num.ONE: 'a'}[1], Num.ONE == 1, hash(Num.ONE) == hash(1))
class Col(StrEnum):
    RED = auto()
    GREEN = 'grn'
print(Col.RED, repr(Col.RED), Col.GREEN.upper(), Col('grn'), Col.RED == 'red', f"{Col.GREEN}!", len(Col.RED), Col.RED + 'x')
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2).name, [n for n in Shape.__members__], Shape.SQUARE.value)
print(copy.copy(Shape.SQUARE) is Shape.SQUARE, copy.deepcopy(Shape.CIRCLE) is Shape.CIRCLE)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3), Planet.MERCURY.mass)
class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value
    A = 3
    B = 1
print(sorted(Ordered), Ordered.B < Ordered.A)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
RWX = Perm.R | Perm.W | Perm.X
print(RWX, repr(RWX), Perm.R | Perm.W, Perm(7), Perm(0), bool(Perm(0)), Perm.R & 4, Perm.R + 1, list(RWX), 6 in [Perm(6)], Perm.R in RWX)
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Color.WHITE, repr(Color.RED | Color.GREEN), ~Color.RED, list(Color.WHITE), Color(5), repr(Color(0)), len(Color), Color.RED.value, Color.BLUE.value)
try: Color(8)
except ValueError as e: print(e)
A = Enum('A', 'X Y Z', start=10)
print(list(A), A.X.value, A.__name__)
B = Enum('B', [('P', 'p'), ('Q', 'q')])
print(B.P, B('q'), B.__members__)
C = IntEnum('C', {'LOW': 1, 'HIGH': 10})
print(C.HIGH, repr(C.LOW), C.HIGH > 5)
class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self): return self.name, self.value
    def __str__(self): return 'my custom str! {0}'.format(self.value)
    @classmethod
    def favorite_mood(cls): return cls.HAPPY
print(Mood.FUNKY.describe(), str(Mood.HAPPY), Mood.favorite_mood(), format(Mood.FUNKY))
class Auto(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    A = auto()
    B = auto()
print(list(Auto), hasattr(Auto, 'tmp'))
class MyFlag(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2
print(MyFlag(7), repr(MyFlag(7)))
print(Num.__class__, type(Num.ONE), Num.__mro__)
print(Shape.SQUARE.__class__.__name__, Shape.__members__['ALIAS_FOR_SQUARE'] is Shape.SQUARE, dir(Shape)[:4])
