# A __prepare__ namespace sees every class-body store through __setitem__;
# __hash__ results that fit a word are kept; assigning __eq__ after class
# creation keeps the inherited hash.
class D(dict):
    def __setitem__(s, k, v):
        print("set", k)
        dict.__setitem__(s, k, v)
    def __getitem__(s, k):
        print("get", k)
        return dict.__getitem__(s, k)
class M(type):
    @classmethod
    def __prepare__(m, n, b):
        return D()
class A(metaclass=M):
    x = 1
    y = x + 1
    del x
print(A.y, hasattr(A, "x"))

class H:
    def __hash__(self):
        return 2 ** 62
class H2:
    def __hash__(self):
        return 2 ** 70
class H3:
    def __hash__(self):
        return -1
print(hash(H()), hash(H2()), hash(H3()))

class X:
    def __hash__(self):
        return 7
class Z(X):
    pass
Z.__eq__ = lambda a, b: True
print(hash(Z()))
class W:
    def __eq__(self, o):
        return True
print(W.__hash__)
try:
    hash(W())
except TypeError as e:
    print("TypeError:", e)
