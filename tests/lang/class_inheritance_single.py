# Single inheritance, overriding, super()
class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def describe(self):
        return self.name + ' is a ' + self.kind
    def sound(self):
        return '...'
    def talk(self):
        return self.name + ': ' + self.sound()
class Cat(Animal):
    kind = 'cat'
    def sound(self):
        return 'meow'
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def sound(self):
        return super().sound().upper() + '!'
    def describe(self):
        return super().describe() + ' in pride ' + self.pride
a, c, l = Animal('gen'), Cat('tom'), Lion('leo', 'north')
for x in (a, c, l):
    print(x.describe(), '|', x.talk())
print(isinstance(l, Animal), isinstance(a, Cat), issubclass(Lion, Animal), issubclass(Animal, Lion))
print(Lion.__bases__[0].__name__, Cat.__base__.__name__, Animal.__base__.__name__)
print([k.__name__ for k in Lion.__mro__])
print(issubclass(Lion, object), issubclass(Lion, Lion))
class Base:
    def template(self):
        return 'B(' + self.hook() + ')'
    def hook(self):
        return 'base'
class Derived(Base):
    def hook(self):
        return 'derived'
print(Base().template(), Derived().template())
