# __call__, __bool__, __len__ truthiness
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add3 = Adder(3)
print(add3(1), add3(1, 2, 3), add3(1, scale=10), callable(add3), callable(Adder))
print(list(map(add3, [0, 10])))
class T:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print('len called')
        return self.n
class Both:
    def __bool__(self): return False
    def __len__(self): return 10
print(bool(T(True)), bool(T(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both()))
if L(2):
    print('L(2) truthy')
print(not T(False))
print(T(True) and 'and-result')
class Plain: pass
print(bool(Plain()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class Ret:
    def __call__(self):
        return self
r = Ret()
print(r()()() is r)
