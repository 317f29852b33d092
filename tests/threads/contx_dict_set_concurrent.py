# concurrent d[k] = v, set.add, setdefault and pop on shared containers
import _thread
N = 8
M = 20000
d = {}
s = set()
sd = {}
winners = []
done = [_thread.allocate_lock() for _ in range(N)]
for lk in done:
    lk.acquire()
def worker(tid):
    try:
        for i in range(M):
            d[(tid, i)] = i
            d[i] = tid          # contended keys
            s.add(i)
            s.add(-(tid * M + i) - 1)
            # setdefault is atomic: exactly one thread's value wins per key
            v = sd.setdefault(i % 1000, tid)
            if v == tid and i < 1000:
                winners.append((i, tid))
            if i % 3 == 0:
                d.pop((tid, i), None)
    finally:
        done[tid].release()
for t in range(N):
    _thread.start_new_thread(worker, (t,))
for lk in done:
    lk.acquire()
print(len(d) == N * M - N * len(range(0, M, 3)) + M)
print(all(d[(t, i)] == i for t in range(N) for i in range(M) if i % 3))
print(all(0 <= d[i] < N for i in range(M)))
print(len(s) == M + N * M, min(s) == -N * M, max(s) == M - 1)
print(len(sd), all(0 <= v < N for v in sd.values()))
# every key was won by exactly the thread whose value is stored
print(sorted(set(i for i, t in winners)) == list(range(1000)))
print(all(sd[i] == t for i, t in winners))
