# Slice assignment and deletion on lists
a = list(range(10))
a[2:5] = ['x', 'y']
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [99]
print(a)
a[1:3] = []
print(a)
b = list(range(10))
b[::2] = 'abcde'
print(b)
b[::-3] = [0, 0, 0, 0]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
c = list(range(10))
del c[::3]
print(c)
del c[1:3]
print(c)
del c[-1]
print(c)
del c[:]
print(c)
d = [1, 2, 3]
d[1:2] = range(5)
print(d)
d[:] = (7, 8)
print(d)
e = [1, 2, 3, 4, 5]
e[3:1] = ['ins']
print(e)
e[-2:] = e
print(e)
f = list(range(8))
del f[6:1:-2]
print(f)
try:
    f[1:2] = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    del f[100]
except IndexError as ex:
    print(type(ex).__name__, ex)
