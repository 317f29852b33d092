# list slicing: get, set, delete, extended slices and their errors
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[8:2:-2], a[-3:], a[5:2], a[::100], a[100:])
b = a[:]
b[2:5] = ['x', 'y']
print(b)
b[:0] = [-2, -1]
print(b)
b[len(b):] = [99]
print(b)
b[1:3] = []
print(b)
b[:] = 'abc'
print(b)
b[1:2] = (1, 2, 3)
print(b)
b[0:1] = range(3)
print(b)
c = list(range(10))
c[::2] = 'abcde'
print(c)
c[1::2] = [0] * 5
print(c)
c[::-3] = [7, 7, 7, 7]
print(c)
d = list(range(10))
del d[::2]
print(d)
d = list(range(10))
del d[::-3]
print(d)
d = list(range(10))
del d[2:5]
print(d)
del d[:]
print(d)
e = list(range(5))
e[2:4] = e
print(e)
e = list(range(5))
e[:] = e
print(e)
e = list(range(5))
e[3:1] = ['in']
print(e)
f = list(range(6))
f[1:5:2] = f[4:0:-2]
print(f)
g = [1, 2, 3]
g[5:10] = [4]
print(g)
g[-100:1] = [0]
print(g)
for stmt in ["a[::2] = [1, 2, 3]", "a[1:3] = 5", "a[::2] = 5", "a[::0]", "a[::0] = []", "del a[::0]",
             "a['x':]", "a[1:2:3:4]" if False else "a[1.5:]"]:
    try:
        exec(stmt)
        print(stmt, 'ok')
    except Exception as ex:
        print(stmt, '->', type(ex).__name__, ex)
print(a)
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(a[I(1):I(4)], a[I(3)], a[::I(-4)])
print(a[-2**70:2**70], a[2**70:], a[::2**70])
s = slice(1, 8, 3)
print(a[s], s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-20, 20).indices(10), slice(2**70).indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3), slice(1) == slice(None, 1))
for bad in ["hash(slice(1))", "slice()", "slice(1, 2, 3, 4)", "slice(1, 2, 0).indices(3)", "slice(1).indices(-1)"]:
    try:
        eval(bad)
    except Exception as ex:
        print(bad, '->', type(ex).__name__, ex)
