# Starred assignment targets
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
a, *mid, b = range(6)
print(a, mid, b)
a, *mid, b = (1, 2)
print(a, mid, b)
*everything, = (9, 8)
print(everything)
(x, *y), z = [1, 2, 3], 4
print(x, y, z)
for head, *tail in [(1, 2, 3), (4,), ('a', 'b')]:
    print(head, tail)
p, q, *r = 'pq'
print(p, q, r)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
[m, *n] = {10: 'a', 20: 'b', 30: 'c'}
print(m, n)
