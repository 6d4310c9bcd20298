# truth testing of user objects
class Empty:
    def __len__(self): return 0
class Full:
    def __len__(self): return 3
class BoolWins:
    def __bool__(self): return False
    def __len__(self): return 10
class Default:
    pass
for o in [Empty(), Full(), BoolWins(), Default()]:
    print(type(o).__name__, bool(o), 'yes' if o else 'no', not o)
class Flip:
    def __init__(self): self.state = False
    def __bool__(self):
        self.state = not self.state
        return self.state
f = Flip()
print(bool(f), bool(f), bool(f))
