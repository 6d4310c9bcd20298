# attribute lookup through the inheritance chain
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return type(self).__name__
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def speak(self):
        return super().speak() + '!'
for a in [Animal('generic'), Dog('rex'), Puppy('bit')]:
    print(a.speak(), a.kind(), isinstance(a, Dog))
print(Puppy.__mro__ == (Puppy, Dog, Animal, object), Puppy.__base__.__name__, Dog.__subclasses__()[0].__name__)
p = Puppy('x')
p.sound = 'instance sound'
print(p.speak(), Puppy.sound)
del p.sound
print(p.speak())
Dog.sound = 'WOOF'
print(Puppy('y').speak())
