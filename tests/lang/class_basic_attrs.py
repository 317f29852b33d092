# Basic classes: class vs instance attributes, methods
class Dog:
    species = 'canis'
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def speak(self, sound='woof'):
        return self.name + ' says ' + sound
d1 = Dog('rex')
d2 = Dog('fido')
print(d1.speak(), d2.speak('arf'))
print(Dog.count, d1.count, d1.species)
d1.species = 'wolf'
print(d1.species, d2.species, Dog.species)
del d1.species
print(d1.species)
Dog.species = 'changed'
print(d1.species, d2.species)
print(Dog.speak(d2, 'via class'))
print(type(d1).__name__, type(d1) is Dog, isinstance(d1, Dog))
print(sorted(d1.__dict__))
print(Dog.__name__, Dog.__qualname__, Dog.__module__)
class Empty:
    pass
e = Empty()
e.x = 1
e.y = [2]
print(e.x, e.y, sorted(vars(e)))
try:
    d1.missing
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    Dog.missing
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(repr(Dog), str(int))
