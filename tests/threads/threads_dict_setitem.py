# 8 threads x 100000 d[k] = v on ONE dict with distinct keys
import _thread
N_THREADS = 8
N_ITEMS = 100000
d = {}
done = [_thread.allocate_lock() for _ in range(N_THREADS)]
for lk in done:
    lk.acquire()
def worker(tid):
    try:
        for i in range(N_ITEMS):
            k = tid * N_ITEMS + i
            d[k] = k * 3 + 1
    finally:
        done[tid].release()
for t in range(N_THREADS):
    _thread.start_new_thread(worker, (t,))
for lk in done:
    lk.acquire()
print('len', len(d))
bad = 0
for k in range(N_THREADS * N_ITEMS):
    if d.get(k) != k * 3 + 1:
        bad += 1
print('wrong or missing values', bad)
print('keys sum ok', sum(d) == sum(range(N_THREADS * N_ITEMS)))
