import enum
class X(int, enum.Enum):
    A = 1
print(repr(format(X.A)), f'{X.A}', str(X.A), repr(X.A), X.A + 1)
class S(str, enum.Enum):
    A = 'a'
print(repr(format(S.A)), str(S.A), repr(S.A), format(S.A, '>3'))
class SE(enum.StrEnum):
    A = enum.auto()
    B = 'bee'
print(repr(format(SE.A)), str(SE.A), repr(SE.A), SE.B)
class Color(enum.Enum):
    RED = 1
print(format(Color.RED, '>12'), '|', f'{Color.RED:>12}|')
class P(enum.Flag):
    R = 4; W = 2; X = 1
try: P(8)
except ValueError as e: print(repr(str(e)))
print(repr(P(0)), str(P(0)), ~P.R, repr(~P.R), P.R | P.W, repr(P(7)), list(P(7)), len(P(7)), P.R ^ P.W, P(6) & P.W)
class IP(enum.IntFlag):
    R = 4; W = 2; X = 1
print(repr(IP.R|8), str(IP.R|IP.W), ~IP.R, repr(IP(0)), IP.R + 1, format(IP.R|IP.W), IP(-1), repr(IP(-1)))
try: print(1 in Color)  # (DeprecationWarning on stderr)
except TypeError as e: print(e)
try:
    del Color.RED
except AttributeError as e: print(e)
print(Color.RED.__reduce_ex__(4), dir(Color.RED), dir(Color))
print(Color.__members__, type(Color.__members__))
print(enum.Enum('Animal', 'ANT BEE CAT'), list(enum.Enum('Animal', 'ANT BEE CAT')), list(enum.IntEnum('N', [('A', 5), ('B', 6)])))
class A2(enum.Enum):
    def _generate_next_value_(name, start, count, last):
        return name
    x = enum.auto(); y = enum.auto()
print(list(A2), Color.RED.name, Color.RED._value_, Color._member_names_, Color._value2member_map_)
try: Color.name
except AttributeError as e: print("AE", e)
print(Color.RED in Color, list(reversed(P)), P.__members__.keys())
class P2(enum.Flag):
    A = enum.auto(); B = enum.auto(); C = enum.auto(); AB = A | B
print(list(P2), P2.AB, repr(P2.AB), list(P2.AB), P2(3), P2.A in P2.AB, P2.__members__.keys(), len(P2))
try: enum.Enum('Bad', 'a _b_')
except ValueError as e: print(e)
try:
    class Dup2(enum.Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    class Dup3(enum.Enum):
        A = 1
        def A(self): pass
except TypeError as e: print(e)
class W(enum.Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return cls.A
print(W(99), W.__class__, type(W).__mro__)
print(isinstance(Color.RED, int), issubclass(enum.IntEnum, int), enum.EnumMeta is enum.EnumType, Color.RED == Color.RED, Color.RED != 1, Color.RED < Color.RED if False else 'nolt')
try: Color.RED < Color.RED
except TypeError as e: print(e)
print(hash(Color.RED) == hash('RED'), bool(Color.RED))
