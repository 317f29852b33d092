# Tuple packing/unpacking patterns
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 9, 1, 7])
print(lo, hi)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
pairs = [(1, 'one'), (2, 'two')]
for num, word in pairs:
    print(num, word)
nums, words = zip(*pairs)
print(nums, words)
(a, b), (c, d) = [(1, 2), (3, 4)]
print(a, b, c, d)
x = (1, 2, 3, 4, 5)
first, second, *others = x
print(first, second, others)
point = (3, 4)
print('x=%d y=%d' % point)
def f(*args):
    return args
print(f(*x[:2], *x[3:]))
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, t)) = nested
print(p + q + r + s + t)
d = dict([('a', 1), ('b', 2)])
for k, v in d.items():
    print(k, v)
print(tuple(reversed(x)), tuple(sorted(x, reverse=True)) == tuple(reversed(x)))
