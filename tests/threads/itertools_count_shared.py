# a shared itertools.count as an id source hands out every id once
import threading, itertools
ids = itertools.count()
out = [[] for _ in range(4)]
def f(k):
    for _ in range(20000):
        out[k].append(next(ids))
ts = [threading.Thread(target=f, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
a = [i for o in out for i in o]
print(len(a), len(set(a)), max(a), ids)
r = itertools.repeat("x", 50000)
n = [0] * 4
def g(k):
    for _ in r:
        n[k] += 1
ts = [threading.Thread(target=g, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(n))
