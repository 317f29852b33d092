# Many threads pop from one shared list: every item popped exactly once
import _thread
N = 8
TOTAL = 200000
shared = list(range(TOTAL))
got = [None] * N
done = [_thread.allocate_lock() for _ in range(N)]
for lk in done:
    lk.acquire()
def worker(tid):
    mine = []
    try:
        pop = shared.pop
        while True:
            try:
                mine.append(pop())
            except IndexError:
                break
    finally:
        got[tid] = mine
        done[tid].release()
for t in range(N):
    _thread.start_new_thread(worker, (t,))
for lk in done:
    lk.acquire()
allv = []
for m in got:
    allv.extend(m)
print('remaining', len(shared))
print('popped', len(allv))
print('distinct', len(set(allv)))
print('sum ok', sum(allv) == TOTAL * (TOTAL - 1) // 2)
print('each thread saw decreasing values', all(all(m[i] > m[i + 1] for i in range(len(m) - 1)) for m in got))
