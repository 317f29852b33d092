# Sort stability (equal keys keep original order), including reverse
data = [('b', 2), ('a', 1), ('c', 2), ('d', 1), ('e', 3), ('f', 2), ('g', 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
by_second = sorted(data, key=lambda t: t[1])
by_first_then = sorted(sorted(data, key=lambda t: t[0], reverse=True), key=lambda t: t[1])
print(by_first_then)
items = [(i % 7, i) for i in range(60)]
s = sorted(items, key=lambda p: p[0])
ok = all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0])
print('stable', ok)
r = sorted(items, key=lambda p: p[0], reverse=True)
ok = all(r[i][1] < r[i + 1][1] for i in range(len(r) - 1) if r[i][0] == r[i + 1][0])
print('stable reverse', ok)
print([p[1] for p in r[:10]])
words = 'the quick brown fox jumps over the lazy dog again and again'.split()
print(sorted(words, key=len))
class Rec:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
recs = [Rec(k, t) for k, t in [(3, 'x'), (1, 'y'), (3, 'z'), (2, 'w'), (1, 'v')]]
recs.sort(key=lambda r: r.k)
print([(r.k, r.tag) for r in recs])
n = 300
vals = [((i * 7919) % 13, i) for i in range(n)]
vals.sort(key=lambda p: p[0])
print(all(vals[i] <= vals[i + 1] for i in range(n - 1)))
