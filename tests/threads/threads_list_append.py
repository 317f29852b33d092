# 8 threads x 100000 list.append on ONE shared list
import _thread
N_THREADS = 8
N_ITEMS = 100000
shared = []
done = []
for _ in range(N_THREADS):
    lk = _thread.allocate_lock()
    lk.acquire()
    done.append(lk)
def worker(tid):
    try:
        base = tid * N_ITEMS
        append = shared.append
        for i in range(N_ITEMS):
            append(base + i)
    finally:
        done[tid].release()
for t in range(N_THREADS):
    _thread.start_new_thread(worker, (t,))
for lk in done:
    lk.acquire()
print('len', len(shared))
print('sum', sum(shared), sum(range(N_THREADS * N_ITEMS)))
print('distinct', len(set(shared)))
per_thread = [0] * N_THREADS
for v in shared:
    per_thread[v // N_ITEMS] += 1
print('per thread', per_thread)
ordered = True
last = [-1] * N_THREADS
for v in shared:
    t = v // N_ITEMS
    if v <= last[t]:
        ordered = False
    last[t] = v
print('each thread appended in order', ordered)
