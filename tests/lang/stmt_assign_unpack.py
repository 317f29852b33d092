# Tuple / list unpacking assignment
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
h, = [7]
print(h)
x = y = z = 0
print(x, y, z)
i, (j, (k, l)) = 1, (2, (3, 4))
print(i, j, k, l)
m = [0, 0, 0]
m[0], m[2] = 'first', 'last'
print(m)
class O: pass
o = O()
o.p, o.q = 5, 6
print(o.p, o.q)
dd = {}
dd['a'], dd['b'] = range(2)
print(dd)
n1, n2, n3 = {'k1': 1, 'k2': 2, 'k3': 3}
print(n1, n2, n3)
try:
    p, q = 1, 2, 3
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q = 5
except TypeError as e:
    print(type(e).__name__, e)
s = [1, 2, 3]
idx = 0
idx, s[idx] = 1, 'changed'
print(idx, s)
