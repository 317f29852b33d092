# 8 threads x 100000 set.add on ONE shared set (half the values overlap between threads)
import _thread
N_THREADS = 8
N_ITEMS = 100000
s = set()
done = [_thread.allocate_lock() for _ in range(N_THREADS)]
for lk in done:
    lk.acquire()
def worker(tid):
    try:
        add = s.add
        for i in range(N_ITEMS):
            if i % 2:
                add(('private', tid, i))
            else:
                add(i)
    finally:
        done[tid].release()
for t in range(N_THREADS):
    _thread.start_new_thread(worker, (t,))
for lk in done:
    lk.acquire()
print('len', len(s), N_THREADS * N_ITEMS // 2 + N_ITEMS // 2)
print('all shared present', all(i in s for i in range(0, N_ITEMS, 2)))
print('private count', sum(1 for x in s if type(x) is tuple))
