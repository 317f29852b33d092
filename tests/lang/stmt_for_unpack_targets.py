# for-loop targets of various shapes
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
d = {}
for d['key'] in range(3):
    pass
print(d)
class O: pass
o = O()
for o.attr in 'xyz':
    pass
print(o.attr)
lst = [0, 0, 0]
for i, lst[i] in enumerate('abc'):
    pass
print(lst)
for k, v in sorted({'b': 2, 'a': 1}.items()):
    print(k, v)
for x, *ys in ['abc', 'de']:
    print(x, ys)
for i in range(3):
    i = 10
print(i)
try:
    for p, q in [(1, 2), (3,)]:
        print(p, q)
except ValueError as e:
    print(type(e).__name__, e)
try:
    for z in 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
