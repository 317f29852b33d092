# C3 MRO on a diamond and super() cooperation
class A:
    def who(self):
        return ['A']
class B(A):
    def who(self):
        return ['B'] + super().who()
class C(A):
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
print([c.__name__ for c in D.__mro__])
print(D().who())
class E(C, B):
    pass
print([c.__name__ for c in E.__mro__])
print(E().who())
class Init:
    def __init__(self):
        print('Init.__init__')
class Left(Init):
    def __init__(self):
        print('Left before')
        super().__init__()
        print('Left after')
class Right(Init):
    def __init__(self):
        print('Right before')
        super().__init__()
        print('Right after')
class Bottom(Left, Right):
    def __init__(self):
        print('Bottom before')
        super().__init__()
        print('Bottom after')
Bottom()
print([c.__name__ for c in Bottom.mro()])
