# C3 linearization of a more complex hierarchy, and an inconsistent one
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for k in (K1, K2, K3, Z):
    print(k.__name__, [c.__name__ for c in k.__mro__])
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
class M1:
    tag = 'M1'
class M2:
    tag = 'M2'
    other = 'M2-other'
class Mixed(M1, M2):
    pass
print(Mixed.tag, Mixed.other)
