# super() in multiple inheritance with arguments passed through kwargs
class Shape:
    def __init__(self, **kw):
        self.log = ['Shape']
        if kw:
            self.log.append('leftover ' + ','.join(sorted(kw)))
class Colored(Shape):
    def __init__(self, color='none', **kw):
        super().__init__(**kw)
        self.color = color
        self.log.append('Colored')
class Named(Shape):
    def __init__(self, name='anon', **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append('Named')
class Thing(Colored, Named):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append('Thing')
t = Thing(color='red', name='ball', extra=1)
print(t.color, t.name, t.log)
print([c.__name__ for c in Thing.__mro__])
class A:
    def m(self):
        return 'A.m'
class B(A):
    def m(self):
        return 'B.m>' + super(B, self).m()
class C(B):
    def m(self):
        return 'C.m>' + super(B, self).m()
print(C().m())
class P:
    @classmethod
    def create(cls):
        return 'P.create for ' + cls.__name__
class Q(P):
    @classmethod
    def create(cls):
        return 'Q>' + super().create()
print(Q.create())
class S:
    def __init__(self):
        self.v = 1
class T(S):
    def __init__(self):
        super().__init__()
        self.v += 1
print(T().v)
