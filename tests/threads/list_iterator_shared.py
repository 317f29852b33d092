# One list iterator consumed by several threads: every item is handed out
# exactly once, while the owner's private iterators keep working.
import threading
data = list(range(20000))
it = iter(data)
got = [[] for _ in range(4)]
def work(k):
    for x in it:
        got[k].append(x)
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts: t.start()
own = sum(x for x in data)         # the main thread's private iterator
for t in ts: t.join()
allx = sorted(x for g in got for x in g)
print(len(allx), allx == data, own)
# a private iterator over a list that another thread appends to
lst = [0] * 1000
stop = False
def grow():
    for i in range(20000):
        lst.append(i)
t = threading.Thread(target=grow); t.start()
n = 0
for x in lst:
    n += 1
    if n > 30000:
        break
t.join()
print(n >= 1000, len(lst))
