# Many threads reading shared read-only data structures and computing results
import _thread
N = 8
table = {i: i * i for i in range(5000)}
words = ['w%d' % i for i in range(5000)]
config = ('alpha', 3, 4.5, frozenset({1, 2, 3}))
results = [None] * N
done = [_thread.allocate_lock() for _ in range(N)]
for lk in done:
    lk.acquire()
def worker(tid):
    try:
        total = 0
        for rep in range(20):
            for k in range(tid, 5000, N):
                total += table[k]
        wl = sum(len(words[i]) for i in range(0, 5000, 7))
        c = config[0].upper() + str(config[1] * tid) + str(sorted(config[3]))
        results[tid] = (total, wl, c)
    finally:
        done[tid].release()
for t in range(N):
    _thread.start_new_thread(worker, (t,))
for lk in done:
    lk.acquire()
for tid, r in enumerate(results):
    print(tid, r)
expected = [sum(table[k] for k in range(t, 5000, N)) * 20 for t in range(N)]
print(all(results[t][0] == expected[t] for t in range(N)))
print(len(table), len(words))
