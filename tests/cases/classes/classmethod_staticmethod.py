# classmethod and staticmethod
class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(['tomato', 'mozzarella'])
    @staticmethod
    def describe(n):
        return f'{n} toppings'
    @classmethod
    def name(cls):
        return cls.__name__
class Special(Pizza):
    pass
p = Pizza.margherita()
s = Special.margherita()
print(p.toppings, type(s).__name__, Pizza.count, Special.name(), s.name())
print(Pizza.describe(3), p.describe(2), Special.describe(1))
print(type(Pizza.__dict__['margherita']).__name__, type(Pizza.__dict__['describe']).__name__)
print(Pizza.__dict__['describe'].__func__(5), Pizza.margherita.__self__ is Pizza)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Q:
    f = sm
    g = cm
print(Q.f('abc'), Q().f('ab'), Q.g(), Q().g())
print(callable(sm), sm('xy') if callable(sm) else 'not callable')
