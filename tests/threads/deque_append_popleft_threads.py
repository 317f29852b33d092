# deque.append and deque.popleft from several threads at once lose and
# duplicate nothing (CPython documents them as thread-safe)
import threading
from collections import deque
import queue
d = deque()
N, P, C = 20000, 3, 3
got = [[] for _ in range(C)]
done = threading.Event()
def produce(k):
    for i in range(N):
        d.append((k, i))
def consume(k):
    while True:
        try:
            got[k].append(d.popleft())
        except IndexError:
            if done.is_set() and not d:
                return
ps = [threading.Thread(target=produce, args=(k,)) for k in range(P)]
cs = [threading.Thread(target=consume, args=(k,)) for k in range(C)]
for t in ps + cs: t.start()
for t in ps: t.join()
done.set()
for t in cs: t.join()
allv = [x for g in got for x in g]
print(len(allv), len(set(allv)) == P * N)
for g in got:   # each consumer saw each producer's items in order
    for k in range(P):
        seq = [i for (kk, i) in g if kk == k]
        assert seq == sorted(seq)
print("ordered")
q = queue.Queue()
for i in range(5): q.put(i)
print(q.queue, [q.get() for _ in range(5)], q.empty())
