# a, b = x, y (two or three) compiles to rotations, not a tuple: same order of
# evaluation and stores, same errors
a, b = 1, 2; print(a, b)
a, b = b, a; print(a, b)
x, y, z = 1, 2, 3; print(x, y, z)
x, y, z = z, x, y; print(x, y, z)
[p, q] = "s", [1]; print(p, q)
(m, n), o = (1, 2), 3; print(m, n, o)
l = [0, 0]; l[0], l[1] = 5, 6; print(l)
class C: pass
c = C(); c.a, c.b = 1, c; print(c.a, c.b is c)
def f():
    i, j = j, i
try: f()
except UnboundLocalError as e: print(e)
def g(): print("g"); return 1
def h(): print("h"); return 2
u, v = g(), h(); print(u, v)
try:
    a, b = 1, 2, 3
except ValueError as e: print(e)
a, *b = 1, 2; print(a, b)
