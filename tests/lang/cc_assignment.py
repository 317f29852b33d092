for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
for *init, last in ['abc', 'de']:
    print(init, last)
(a, b), c = 'xy', 'z'
print(a, b, c)
a, *b, c = range(6)
print(a, b, c)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
class Obj:
    def __init__(self): self.n = 0; self.d = {}
    def __getattr__(self, name):
        print('getattr', name); raise AttributeError(name)
calls = []
def get():
    calls.append('get'); return o
def key():
    calls.append('key'); return 'k'
o = Obj()
get().n += 5
o.d['k'] = 1
get().d[key()] += 10
print(o.n, o.d, calls)
class L(list):
    def __getitem__(self, i):
        print('getitem', i); return super().__getitem__(i)
    def __setitem__(self, i, v):
        print('setitem', i, v); super().__setitem__(i, v)
l = L([1, 2, 3])
l[1] += 100
print(l)
def t(n):
    print('t', n); return n
x = y = t([])
x.append(1)
print(y, x is y)
class Rec:
    def __setattr__(self, k, v):
        print('set', k, v); object.__setattr__(self, k, v)
r = Rec()
r.a = r.b = t(7)
d = {}
d[t('k1')] = d[t('k2')] = t('v')
print(d)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
x: int
print('x' in dir())
y: int = 5
print(y, __annotations__)
def ann():
    z: int
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(ann())
lst = list(range(10))
del lst[2:5]
print(lst)
del lst[::2]
print(lst)
class A: pass
a = A(); a.q = 1
del a.q
try:
    del a.q
except AttributeError as e:
    print(e)
try:
    a.missing
except AttributeError as e:
    print(e)
x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
a, b = b, a = 1, 2
print(a, b)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
s = [1, 2, 3, 4]
s[1:3] = 'ab'
print(s)
s[::2] = [0, 0]
print(s)
try:
    s[::2] = [1]
except ValueError as e:
    print(e)
x = [1]
x += (2, 3)
print(x)
t2 = (1,)
t3 = t2
t2 += (2,)
print(t2, t3)
n = 7
n //= 2; n **= 3; n %= 10; n <<= 2; n |= 1; n ^= 3; n >>= 1; n &= 7
print(n)
f = 1.5; f -= 0.5; f *= 4; f /= 3
print(f)
