# List slicing with small-int/None bounds is done without a slice object;
# results and errors must match the general path.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[::2], a[::-1], a[-3:], a[:-7], a[8:2:-2])
print(a[100:], a[-100:2], a[5:1], a[1:100:3])
b = a[:]
b[2:4] = ["x", "y", "z"]
print(b)
b[:3] = []
print(b)
b[::2] = [0] * len(b[::2])
print(b)
b[5:] = b
print(b)
del b[1:3]
print(b)
c = [1, 2, 3]
c[len(c):] = [4, 5]
print(c)
c[:0] = (-1, 0)
print(c)
i, j = 1, 3
print(c[i:j], c[j:i], c[i:j:-1], c[j:i:-1])
try:
    c[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    c[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
t = (1, 2, 3, 4)
print(t[1:3], "hello"[1:4], "hello"[::-1])
class L(list):
    pass
l = L([1, 2, 3, 4])
print(type(l[1:3]).__name__, l[1:3])
perm = [3, 1, 2, 0]
k = perm[0]
while k:
    perm[:k + 1] = perm[k::-1]
    k = perm[0]
print(perm)
big = 2 ** 70
print(a[:big], a[-big:3])
s = "héllo wörld"
print(s[1:4], s[::-1], s[2:], s[:-3], s[::3], s[-100:100], s[5:2], s[7:2:-2])
w = "ascii text"
print(w[1:4], w[::-1], w[::-2], w[3:3])
tt = tuple(range(8))
print(tt[2:5], tt[::-1], tt[:], tt[:] is tt, tt[6:1:-2], tt[10:])
