from itertools import groupby, count
gb = groupby([1, 1, 2, 2, 3])
k1, g1 = next(gb); print(k1, next(g1))
k2, g2 = next(gb)
print(list(g1), k2, list(g2), [(k, list(g)) for k, g in gb])
print([(k, len(list(g))) for k, g in groupby("aaabccdd")])
c = count(5, 2); print(next(c), next(c), c, count(1.5, 0.5), next(count(1.5, 0.5)))
