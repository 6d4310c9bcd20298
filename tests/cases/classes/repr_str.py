# __repr__, __str__ and their fallbacks
class Both:
    def __repr__(self): return 'Both(repr)'
    def __str__(self): return 'Both(str)'
class ReprOnly:
    def __repr__(self): return 'ReprOnly()'
class StrOnly:
    def __str__(self): return 'StrOnly as str'
for o in [Both(), ReprOnly()]:
    print(str(o), repr(o), f'{o}', f'{o!r}', [o], (o,), {'k': o})
s = StrOnly()
print(str(s), repr(s).startswith('<__main__.StrOnly object at 0x'), [str(s)])
class Sub(Both):
    pass
print(Sub(), repr(Sub()))
class Dyn:
    def __init__(self):
        self.__repr__ = lambda: 'instance attr ignored'
    def __repr__(self):
        return 'class repr'
print(repr(Dyn()))
print(repr(ReprOnly), str(Both).split("'")[1])
