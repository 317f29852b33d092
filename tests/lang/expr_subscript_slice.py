# Subscripts and slices, including negative steps
s = list(range(10))
print(s[0], s[-1], s[-10])
print(s[2:5], s[:3], s[7:], s[:], s[-3:])
print(s[::2], s[1::2], s[::-1], s[::-3])
print(s[8:2:-2], s[2:8:-1], s[-1:-4:-1])
print(s[100:], s[-100:2], s[3:100])
print(s[5:2], s[::100])
t = tuple(s)
print(t[1:4], t[::-4])
st = 'hello world'
print(st[0], st[-1], st[1:5], st[::-1], st[::2], st[-5:])
print(st[4:0:-1], st[6:][::-1])
r = range(20)
print(r[3:15:4], r[::-5])
print(list(r[3:15:4]))
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2], m[-1][-3])
d = {(1, 2): 'a', 'k': [10, 20]}
print(d[1, 2], d['k'][1])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    st[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t[-11]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    5[0]
except TypeError as e:
    print(type(e).__name__, e)
