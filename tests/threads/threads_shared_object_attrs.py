# Threads updating attributes of shared objects and appending to per-object lists
import _thread
N = 8
class Stats:
    def __init__(self):
        self.lock = _thread.allocate_lock()
        self.hits = 0
        self.events = []
stats = [Stats() for _ in range(4)]
done = [_thread.allocate_lock() for _ in range(N)]
for lk in done:
    lk.acquire()
def worker(tid):
    try:
        for i in range(5000):
            s = stats[i % 4]
            with s.lock:
                s.hits += 1
            s.events.append(tid)
            setattr(s, 'last_%d' % tid, i)
    finally:
        done[tid].release()
for t in range(N):
    _thread.start_new_thread(worker, (t,))
for lk in done:
    lk.acquire()
for s in stats:
    print(s.hits, len(s.events), sorted(set(s.events)) == list(range(N)))
print(all(getattr(stats[0], 'last_%d' % t) == 4996 for t in range(N)))
print(all(getattr(stats[3], 'last_%d' % t) == 4999 for t in range(N)))
