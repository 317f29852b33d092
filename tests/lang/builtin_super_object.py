# super() forms and object methods
class A:
    def __init__(self):
        self.trail = ['A']
    def hello(self):
        return 'A.hello'
    def __repr__(self):
        return 'A-repr'
class B(A):
    def __init__(self):
        super().__init__()
        self.trail.append('B')
    def hello(self):
        return 'B>' + super().hello()
    def __repr__(self):
        return 'B(' + super().__repr__() + ')'
class C(B):
    def hello(self):
        return 'C>' + super(C, self).hello() + '|' + super(B, self).hello()
c = C()
print(c.trail, c.hello(), repr(c))
print(super(C, c).hello())
print(object.__eq__(c, c), object.__ne__(c, 1))
print(A.__init__ is not object.__init__, C.__init__ is B.__init__)
print(object.__str__(c) == object.__repr__(c))
class Str(str):
    def upper(self):
        return 'custom ' + super().upper()
print(Str('abc').upper(), len(Str('abc')), Str('x') + 'y')
class MyList(list):
    def append(self, v):
        super().append(v * 2)
ml = MyList([1])
ml.append(5)
print(ml, type(ml).__name__, isinstance(ml, list), len(ml))
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
md = MyDict()
md['KEY'] = 1
print(md, md['key'])
class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + int(o) + 1000)
print(MyInt(1) + 2, type(MyInt(5) + 1).__name__, MyInt(7) * 2)
