# In-place operators (__iadd__ etc.) and fallback to binary ops
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
a = Acc()
orig = a
a += 1
a += 2
a -= 1
a *= 3
print(a.items, a is orig)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print('__add__ used')
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
class Weird:
    def __iadd__(self, o):
        return 'replaced'
w = Weird()
w += 1
print(w)
class NI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'fell back to __add__'
n = NI()
n += 1
print(n)
class Bits:
    def __init__(self, v): self.v = v
    def __ior__(self, o): self.v |= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __itruediv__(self, o): self.v /= o; return self
b = Bits(12)
b |= 3; print(b.v)
b &= 10; print(b.v)
b ^= 15; print(b.v)
b <<= 4; print(b.v)
b >>= 2; print(b.v)
b **= 2; print(b.v)
b //= 7; print(b.v)
b %= 5; print(b.v)
b /= 2; print(b.v)
