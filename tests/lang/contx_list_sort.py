# list.sort / sorted: stability, key, reverse, type fast paths, errors
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed
g = lcg(42)
nums = [next(g) % 1000 for _ in range(2000)]
s = sorted(nums)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
print(sorted(nums, reverse=True)[:5])
# stability: sort by key with many ties, check original order kept
pairs = [(next(g) % 10, i) for i in range(500)]
byk = sorted(pairs, key=lambda p: p[0])
print(all(byk[i][1] < byk[i + 1][1] for i in range(len(byk) - 1) if byk[i][0] == byk[i + 1][0]))
byk_r = sorted(pairs, key=lambda p: p[0], reverse=True)
print(all(byk_r[i][1] < byk_r[i + 1][1] for i in range(len(byk_r) - 1) if byk_r[i][0] == byk_r[i + 1][0]))
print(byk[:3], byk_r[:3])
# floats, strings, tuples, mixed ints
print(sorted([3.5, -1.0, 2.25, 0.0, -7.5]))
print(sorted(['pear', 'apple', 'fig', 'banana', 'Apple', 'é', 'z', '']))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(sorted([('b', 2), ('a', 9), ('b', 1)]))
print(sorted([10**20, -5, 3, 2**64, 0, -(10**30)]))
print(sorted([1, 2.5, True, -3, 0.5]))
words = 'the quick brown fox jumps over the lazy dog the end'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(words, key=len), sorted(words, key=str.upper)[:3])
# runs: ascending, descending, sawtooth
print(sorted(list(range(100, 0, -1)))[:5], sorted(list(range(50)) + list(range(50)))[:6])
saw = [i % 7 for i in range(60)]
saw.sort()
print(saw[:10], saw[-3:])
l = [5, 3, 1]
print(l.sort(), l)
l.sort(key=lambda x: -x)
print(l)
l.sort(reverse=True)
print(l, [].sort(), sorted([]), sorted([1]))
# a comparison error leaves a permutation in the list
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 3 or o.v == 3:
            raise RuntimeError('boom')
        return self.v < o.v
    def __repr__(self): return 'B%d' % self.v
bl = [Bad(i) for i in (5, 1, 4, 3, 2)]
try:
    bl.sort()
except RuntimeError as e:
    print('error', e)
print(sorted(b.v for b in bl))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print(e)
# key errors
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print('key error', e)
# modifying the list during sort
m = [3, 2, 1]
def k(x):
    m.append(x)
    return x
try:
    m.sort(key=k)
except ValueError as e:
    print(e, m)
seen = []
def k2(x):
    seen.append(len(m2))
    return x
m2 = [2, 1]
m2.sort(key=k2)
print(seen, m2)
# user objects with only __lt__ and __gt__ reflection
class R:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return 'R%d' % self.v
print(sorted([R(2), R(1), R(3)]))
big = [next(g) for _ in range(20000)]
bs = sorted(big)
print(bs == sorted(bs), bs[0] <= bs[-1], len(bs))
nan = float('nan')
print(sorted([3.0, 1.0, 2.0, nan])[:0], sorted([[2], [1, 5], [1]]))
