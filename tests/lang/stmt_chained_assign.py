# Chained assignment: evaluated left-to-right targets, same object
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
y += 1
print(x, y)
i = 0
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
p, q = r = (1, 2)
print(p, q, r)
class T:
    def __setitem__(self, k, v):
        print('set', k, v)
t = T()
t['first'] = t['second'] = 'val'
d = {}
d['x'] = d['y'] = len(d)
print(d)
