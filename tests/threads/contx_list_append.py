# 8 threads x 100000 appends on one list: nothing lost, nothing duplicated
import _thread
N, M = 8, 100000
lst = []
done = [_thread.allocate_lock() for _ in range(N)]
for lk in done:
    lk.acquire()
def worker(tid):
    try:
        base = tid * M
        app = lst.append
        for i in range(M):
            app(base + i)
    finally:
        done[tid].release()
for t in range(N):
    _thread.start_new_thread(worker, (t,))
for lk in done:
    lk.acquire()
print(len(lst))
print(sum(lst) == sum(range(N * M)))
seen = set(lst)
print(len(seen))
# each thread's items keep their relative order
pos = {}
ok = True
last = [-1] * N
for x in lst:
    t = x // M
    if x <= last[t]:
        ok = False
    last[t] = x
print('per-thread order kept', ok)
