# All threads setdefault the same keys: exactly one value wins per key, and every
# thread observes the winning value
import _thread
N = 8
KEYS = 20000
d = {}
observed = [None] * N
go = _thread.allocate_lock(); go.acquire()
done = [_thread.allocate_lock() for _ in range(N)]
for lk in done:
    lk.acquire()
def worker(tid):
    try:
        go.acquire(); go.release()
        seen = []
        for k in range(KEYS):
            seen.append(d.setdefault(k, (tid, [tid])))
        observed[tid] = seen
    finally:
        done[tid].release()
for t in range(N):
    _thread.start_new_thread(worker, (t,))
go.release()
for lk in done:
    lk.acquire()
print('len', len(d))
print('winners valid', all(v[0] in range(N) and v[1] == [v[0]] for v in d.values()))
consistent = True
for tid in range(N):
    for k in range(KEYS):
        if observed[tid][k] is not d[k]:
            consistent = False
print('every thread saw the winning object', consistent)
