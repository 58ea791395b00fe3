# Single inheritance, overriding, calling the parent method explicitly and via super().
class Animal:
    def __init__(self, name): self.name = name
    def speak(self): return '...'
    def describe(self): return f'{self.name} says {self.speak()}'
class Dog(Animal):
    def speak(self): return 'woof'
class Puppy(Dog):
    def speak(self): return Dog.speak(self) + '!' 
    def describe(self): return 'puppy: ' + super().describe()
for a in (Animal('a'), Dog('d'), Puppy('p')):
    print(a.describe())
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), Puppy.__bases__, Puppy.__base__)
print(isinstance(Puppy('x'), (int, Animal)))
