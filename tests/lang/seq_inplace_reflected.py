# list/bytearray += and *= let the right operand's __radd__/__rmul__ go first (CPython's sequence slots)
class B:
    def __radd__(self, other): return "B.__radd__"
    def __rmul__(self, other): return "B.__rmul__"
x = [1]; x += B(); print(x)
y = bytearray(b'a'); y += B(); print(y)
z = [1]; z *= B(); print(z)
w = [1]; ref = w; w += (2, 3); w += [4]; w *= 2; print(w, ref is w)
v = bytearray(b'x'); v += b'y'; v *= 2; print(v)
class L(list):
    def __iadd__(self, o): return "L.__iadd__"
l = L([1]); l += B(); print(l)
class N:
    pass
try:
    q = [1]; q += N()
except TypeError as e: print(e)
try:
    q = [1]; q += 5
except TypeError as e: print(e)
try:
    q = [1]; q *= "x"
except TypeError as e: print(e)
m = [1]; m += "ab"; print(m)
